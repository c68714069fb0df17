/// The `id` of a JSON Lines input record, written back unchanged: a string or an integer.
enum DocumentID: Codable, Sendable, Hashable {
    case string(String)
    case integer(Int)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let string): try container.encode(string)
        case .integer(let integer): try container.encode(integer)
        }
    }

    /// The id as it appears in messages.
    var description: String {
        switch self {
        case .string(let string): return string
        case .integer(let integer): return String(integer)
        }
    }
}

/// One decoded character of a re-reading: a single scalar, or the choices for a character
/// that contains lost bytes. The single case, by far the most common, is stored inline rather
/// than in an array of its own.
struct DecodedUnit: RandomAccessCollection, Sendable {
    /// The scalar when there is one choice (the first choice otherwise).
    private let single: Unicode.Scalar
    /// Every choice when there are several; `nil` for a single scalar.
    private let choices: [Unicode.Scalar]?

    /// A unit with one known scalar.
    /// - Parameter scalar: The scalar.
    init(_ scalar: Unicode.Scalar) {
        single = scalar
        choices = nil
    }

    /// A unit with the given choices, in order; there must be at least one.
    /// - Parameter choices: The possible scalars.
    init(choices: [Unicode.Scalar]) {
        single = choices.first ?? "\u{FFFD}"
        self.choices = choices.count > 1 ? choices : nil
    }

    /// The first position.
    var startIndex: Int { 0 }
    /// One past the last position.
    var endIndex: Int { choices?.count ?? 1 }

    /// The choice at `position`.
    subscript(position: Int) -> Unicode.Scalar {
        choices?[position] ?? single
    }
}

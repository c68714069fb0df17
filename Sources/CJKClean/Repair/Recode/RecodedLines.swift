/// The bytes of one line under each misreading met so far, built once: the readings that undo
/// the same misreading (the five legacy charsets read as Windows-1252) share them.
struct RecodedLines {
    private let line: ArraySlice<Unicode.Scalar>
    /// Whether the line has a `?` or U+FFFD, the only scalars whose bytes differ between lossy
    /// and lossless readings of one misreading.
    private let hasLostByteMarks: Bool
    private var built: [(misread: LegacyCharset, lossy: Bool, recoded: RecodedLine)] = []

    /// Starts with nothing built.
    /// - Parameter line: The line's scalars.
    init(_ line: ArraySlice<Unicode.Scalar>) {
        self.line = line
        hasLostByteMarks = line.contains { $0 == "?" || $0 == "\u{FFFD}" }
    }

    /// The line's bytes under the misreading that `transform` undoes.
    mutating func recoded(for transform: RecodeTransform) -> RecodedLine {
        // A lossy reading marks U+FFFD as lost bytes, a lossless one as a barrier.
        let lossy = !transform.lostBytes.isEmpty
        if let known = built.first(where: {
            $0.misread == transform.misread && ($0.lossy == lossy || !hasLostByteMarks)
        }) {
            return known.recoded
        }
        let recoded = RecodedLine(line, transform: transform)
        built.append((transform.misread, lossy, recoded))
        return recoded
    }
}

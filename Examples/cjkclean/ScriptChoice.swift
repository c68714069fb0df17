import CJKClean

/// The `--simplified` / `--traditional` flags.
enum ScriptChoice {
    /// The cleaner option for the two flags.
    static func script(simplified: Bool, traditional: Bool) -> CleanerOptions.Script {
        if simplified { return .simplified }
        if traditional { return .traditional }
        return .original
    }
}

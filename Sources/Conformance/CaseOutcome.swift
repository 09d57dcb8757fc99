/// What running one case came to.
public enum CaseOutcome: Sendable, Equatable {
    /// The engine did what the case expects.
    case passed
    /// The engine did something else; the text explains (a diff, or the error it gave).
    case failed(String)
    /// A quirk case on which the engine deliberately differs from the reference; the text
    /// says what the engine does instead.
    case knownDifference(String)
    /// The case could not be run at all (the definition it names is missing or invalid, a
    /// field it needs is missing or malformed, its kind is unknown): a failure, even for a
    /// quirk case, since nothing was compared.
    case notRun(String)
}

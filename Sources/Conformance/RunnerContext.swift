/// Where a run finds what its cases refer to.
public struct RunnerContext: Sendable {
    /// The folder holding destination definitions (`Mappings/`), for `destination` cases.
    public var definitionsDirectory: String?

    public init(definitionsDirectory: String? = nil) {
        self.definitionsDirectory = definitionsDirectory
    }
}

import JSONValues

/// A destination definition loaded from a data file (see docs/definition-format.md).
public struct Destination: Sendable {
    /// The destination's slug.
    public let slug: String

    public init(slug: String) { self.slug = slug }
}

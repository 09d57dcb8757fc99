import JSONValues

/// One case of a conformance suite (see Tests/ConformanceTests/Corpus/FORMAT.md).
public struct ConformanceCase: Sendable {
    /// The case's name, unique within its suite.
    public let name: String
    /// What the case exercises: `mapping`, `fql-parse`, `destination`, …
    public let kind: String
    /// Whether the case records a reference behaviour that is arguably a defect.
    public let isQuirk: Bool
    /// Free-text note from the corpus.
    public let note: String?
    /// The whole case object, for kind-specific fields.
    public let fields: JSONObject

    public init(fields: JSONObject) {
        self.fields = fields
        self.name = fields["name"]?.stringValue ?? "(unnamed)"
        self.kind = fields["kind"]?.stringValue ?? "(no kind)"
        self.isQuirk = fields["quirk"]?.boolValue ?? false
        self.note = fields["note"]?.stringValue
    }

    /// A field of the case.
    public subscript(field: String) -> JSON? { fields[field] }
}

/// A suite file: a named list of cases.
public struct ConformanceSuite: Sendable {
    /// The suite's name (`mapping-kit`).
    public let name: String
    /// The file it was read from.
    public let path: String
    /// Its cases, in file order.
    public let cases: [ConformanceCase]

    public init(name: String, path: String, cases: [ConformanceCase]) {
        self.name = name
        self.path = path
        self.cases = cases
    }
}

/// Removes secret setting values (fields of type `password`) from text meant for people:
/// error messages, discard reasons, logs and summaries.
public struct Redactor: Sendable {
    /// What a secret is replaced with.
    public static let mask = "[redacted]"

    let secrets: [String]

    /// A redactor for these secret values (empty strings are ignored; longer secrets are
    /// replaced first, so a secret containing another is masked whole).
    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { !$0.isEmpty })).sorted { $0.utf8.count > $1.utf8.count }
    }

    /// Whether there is anything to redact.
    public var isEmpty: Bool { secrets.isEmpty }

    /// `text` with every occurrence of every secret replaced by ``mask``.
    public func redact(_ text: String) -> String {
        var out = text
        for s in secrets where out.contains(s) {
            out = out.replacing(s, with: Redactor.mask)
        }
        return out
    }
}

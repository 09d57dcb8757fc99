import JSONValues

/// Removes secret setting values (fields of type `password`) from text meant for people:
/// error messages, discard reasons, logs and summaries.
public struct Redactor: Sendable {
    /// What a secret is replaced with.
    public static let mask = "[redacted]"

    let secrets: [String]

    /// A redactor for these secret values (empty strings are ignored; longer secrets are
    /// replaced first, so a secret containing another is masked whole).
    ///
    /// A secret is also masked in the form it takes inside a JSON string literal (with
    /// `\"`, `\\`, `\t`… escapes), so that it is found in serialized JSON and in
    /// messages that quote a value as JSON.
    public init(secrets: [String]) {
        // Byte for byte: two secrets Unicode calls equivalent are still two texts to mask.
        var all = Set<ExactKey>()
        for secret in secrets where !secret.isEmpty {
            all.insert(ExactKey(secret))
            let literal = JSON.string(secret).serialized()
            all.insert(ExactKey(String(literal.dropFirst().dropLast())))
        }
        self.secrets = all.map(\.string).sorted { $0.utf8.count > $1.utf8.count }
    }

    /// `value` with every secret masked in every string and object key (for echoing
    /// input such as an event back to the user).
    public func redact(_ value: JSON) -> JSON {
        guard !secrets.isEmpty else { return value }
        return redact(value, depth: 0)
    }

    private func redact(_ value: JSON, depth: Int) -> JSON {
        switch value {
        case .string(let s):
            return .string(redact(s))
        case .array(let a):
            // Values come from the JSON parser, whose depth limit bounds this recursion.
            return .array(a.map { redact($0, depth: depth + 1) })
        case .object(let o):
            var out = JSONObject(minimumCapacity: o.count)
            for (k, v) in o { out[redact(k)] = redact(v, depth: depth + 1) }
            return .object(out)
        default:
            return value
        }
    }

    /// Whether there is anything to redact.
    public var isEmpty: Bool { secrets.isEmpty }

    /// `text` with every occurrence of every secret replaced by ``mask``.
    public func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var out = text
        for secret in secrets where Redactor.occurs(secret, in: out) {
            out = Redactor.replace(secret, in: out)
        }
        return out
    }

    /// Byte-wise search (no Foundation: this runs for every error message).
    static func firstOccurrence(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.count
        guard n > 0, hay.count - from >= n else { return nil }
        let first = needle[0]
        var i = from
        let last = hay.count - n
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n, hay[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    static func occurs(_ secret: String, in text: String) -> Bool {
        let needle = Array(secret.utf8)
        var text = text
        return text.withUTF8 { firstOccurrence(needle, in: $0, from: 0) != nil }
    }

    static func replace(_ secret: String, in text: String) -> String {
        let needle = Array(secret.utf8)
        var text = text
        return text.withUTF8 { hay in
            var out: [UInt8] = []
            out.reserveCapacity(hay.count)
            var pos = 0
            while let hit = firstOccurrence(needle, in: hay, from: pos) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[pos..<hit]))
                out.append(contentsOf: mask.utf8)
                pos = hit + needle.count
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[pos...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}

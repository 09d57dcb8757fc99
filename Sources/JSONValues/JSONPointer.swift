/// JSON Pointer (RFC 6901) helpers, used to name places in mappings and definitions.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        // Most tokens need no escaping and are returned as they are.
        let count = escapedCount(token)
        if count == token.utf8.count { return token }
        return String(unsafeUninitializedCapacity: count) { writeEscaped(token, into: $0, at: 0) }
    }

    /// `base` extended with one more reference token.
    public static func appending(_ base: String, _ token: String) -> String {
        base + "/" + escape(token)
    }

    /// `base` extended with an array index.
    public static func appending(_ base: String, _ index: Int) -> String {
        base + "/" + String(index)
    }

    /// The UTF-8 length of `token` escaped as a reference token.
    package static func escapedCount(_ token: String) -> Int {
        ExactText.withBytes(token) { bytes in
            var count = bytes.count
            for b in bytes where b == UInt8(ascii: "~") || b == UInt8(ascii: "/") { count += 1 }
            return count
        }
    }

    /// Writes `token` escaped as a reference token into `buffer` from `at` (room for
    /// ``escapedCount(_:)`` bytes); returns the position after it. For writers that
    /// compose a whole pointer in one allocation.
    package static func writeEscaped(_ token: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        ExactText.withBytes(token) { writeEscaped(bytes: $0, into: buffer, at: at) }
    }

    private static func writeEscaped(bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var at = at
        for b in bytes {
            switch b {
            case UInt8(ascii: "~"): buffer[at] = UInt8(ascii: "~"); buffer[at + 1] = UInt8(ascii: "0"); at += 2
            case UInt8(ascii: "/"): buffer[at] = UInt8(ascii: "~"); buffer[at + 1] = UInt8(ascii: "1"); at += 2
            default: buffer[at] = b; at += 1
            }
        }
        return at
    }
}

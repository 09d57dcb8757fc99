/// JSON Pointer (RFC 6901) helpers, used to name places in mappings and definitions.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        // Scan the bytes: most tokens need no escaping and are returned as they are.
        var needsEscape = false
        for b in token.utf8 where b == UInt8(ascii: "~") || b == UInt8(ascii: "/") {
            needsEscape = true
            break
        }
        guard needsEscape else { return token }
        var out: [UInt8] = []
        out.reserveCapacity(token.utf8.count + 4)
        for b in token.utf8 {
            switch b {
            case UInt8(ascii: "~"): out.append(UInt8(ascii: "~")); out.append(UInt8(ascii: "0"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "~")); out.append(UInt8(ascii: "1"))
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `base` extended with one more reference token.
    public static func appending(_ base: String, _ token: String) -> String {
        base + "/" + escape(token)
    }

    /// `base` extended with an array index.
    public static func appending(_ base: String, _ index: Int) -> String {
        base + "/" + String(index)
    }
}

import Crypto

/// Keys the store indexes that come from its input: an event's `messageId` (the
/// duplicate check) and an input's name (its checkpoint).
enum StoreKey {
    /// The longest key stored as it is, in UTF-8 bytes.
    static let maxStoredBytes = 512

    /// `key` itself when it is at most ``maxStoredBytes`` long, else `sha256:` and its
    /// digest in hex. An index entry has a size limit (PostgreSQL's B-tree takes at most
    /// about 2.7 kB): one event with a longer `messageId` would fail its whole commit on
    /// every try, and stop its input for good.
    static func bounded(_ key: String) -> String {
        guard key.utf8.count > maxStoredBytes else { return key }
        return "sha256:" + digest(Array(key.utf8))
    }

    /// The SHA-256 of `bytes` in lower-case hex, its first `length` bytes (all 32 by default).
    static func digest(_ bytes: [UInt8], length: Int = 32) -> String {
        SHA256.hash(data: bytes).prefix(length).map { b in b < 16 ? "0" + String(b, radix: 16) : String(b, radix: 16) }.joined()
    }
}

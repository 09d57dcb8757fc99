/// JavaScript's array index: a property key that is the canonical text of an integer
/// from 0 to 2^32 − 2 (`"0"`, `"12"`; not `"01"`, `"-1"`, `"1.0"` or `"4294967295"`).
///
/// Such keys name array elements and string code units, and an object lists them first,
/// ascending, before its other keys (so `JSON.stringify` writes them first).
package enum ArrayIndex {
    /// The index `key` names, or `nil` when it is not an array index.
    @inlinable
    package static func of(_ key: String) -> UInt32? {
        let utf8 = key.utf8
        guard let first = utf8.first, utf8.count <= 10 else { return nil }
        if first == UInt8(ascii: "0") { return utf8.count == 1 ? 0 : nil }
        var n: UInt64 = 0
        for b in utf8 {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + UInt64(b - 48)
        }
        return n <= 4_294_967_294 ? UInt32(n) : nil
    }

    /// The index `key` names as an `Int`, or `nil` when it is not an array index.
    @inlinable
    package static func offset(_ key: String) -> Int? { of(key).map(Int.init) }
}

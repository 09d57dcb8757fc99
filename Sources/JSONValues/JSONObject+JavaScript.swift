import JavaScriptRules

extension JSONObject {
    /// The array index a JavaScript property key names: `"0"`, `"12"` (not `"01"`, `"-1"`
    /// or `"1.0"`), up to 2^32 − 2, the largest index an array can have.
    public static func javaScriptArrayIndex(_ key: String) -> UInt32? { ArrayIndex.of(key) }

    /// Whether JavaScript lists this object's members in another order than it holds them:
    /// an array-index key comes after another key, or after a larger index.
    public var needsJavaScriptReordering: Bool {
        var seenOther = false
        var lastIndex: UInt32?
        for m in storage {
            if let i = JSONObject.javaScriptArrayIndex(m.key) {
                if seenOther { return true }
                if let last = lastIndex, i < last { return true }
                lastIndex = i
            } else {
                seenOther = true
            }
        }
        return false
    }

    /// The members in the order JavaScript lists an object's own properties (and
    /// `JSON.stringify` writes them): array-index keys ascending, then the other keys in
    /// insertion order.
    public var javaScriptOrderedMembers: [(key: String, value: JSON)] {
        var indexed: [(index: UInt32, key: String, value: JSON)] = []
        var others: [(key: String, value: JSON)] = []
        for m in storage {
            if let i = JSONObject.javaScriptArrayIndex(m.key) { indexed.append((i, m.key, m.value)) } else { others.append((m.key, m.value)) }
        }
        indexed.sort { $0.index < $1.index }
        var ordered: [(key: String, value: JSON)] = indexed.map { ($0.key, $0.value) }
        ordered.reserveCapacity(storage.count)
        ordered.append(contentsOf: others)
        return ordered
    }
}

import JavaScriptRules
import JSONValues

/// A dot path into an event, read and written as tsub-js does (`dlv` and `dset`):
/// `properties.product.price` splits at every `.`, with no escapes.
///
/// Reading follows JavaScript's `obj ? obj[key] : undefined` at each step: an object
/// yields its own member, an array its element at a whole-number key (and `length` its
/// count), a non-empty string its `length` (in UTF-16 units); anything else, and every
/// falsy value part-way (`0`, `""`, `false`, `null`), yields nothing.
struct DotPath: Sendable, Hashable, CustomStringConvertible {
    /// The path as written.
    let text: String
    let keys: [String]
    /// Each key's array index, when it is a whole number (`"0"`, `"12"`; not `"01"`).
    let indexes: [Int?]

    init(_ text: String) {
        self.text = text
        keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        indexes = keys.map(ArrayIndex.offset)
    }

    var description: String { text }

    /// The value at this path in `root`; `nil` when JavaScript would read `undefined`.
    func get(_ root: JSON) -> JSON? {
        var current = root
        for i in keys.indices {
            switch current {
            case .object(let o):
                guard let v = o[keys[i]] else { return nil }
                current = v
            case .array(let a):
                if let index = indexes[i] {
                    guard index < a.count else { return nil }
                    current = a[index]
                } else if keys[i] == "length" {
                    current = .int(a.count)
                } else {
                    return nil
                }
            case .string(let s) where !s.isEmpty && keys[i] == "length":
                current = .int(s.utf16.count)
            default:
                return nil
            }
        }
        return current
    }

    /// The parent of the value this path names (`nil` for a one-key path).
    var parent: DotPath? {
        guard let dot = text.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return DotPath(String(text[..<dot]))
    }

    /// Sets `value` at this path in `root` as `dset` does: a missing step, or one that is
    /// not an object or array, becomes a new array when the next key is a whole number and
    /// a new object otherwise. An array takes a whole-number key as an index (padding with
    /// `null`, as JSON writes JavaScript's holes); another key on an array has no effect.
    func set(_ value: JSON, in root: inout JSON) {
        root = DotPath.setting(value, keys[...], indexes[...], in: root)
    }

    /// The largest gap of `null`s an index past an array's end may open.
    static let maximumPadding = 1024

    private static func setting(_ value: JSON, _ keys: ArraySlice<String>, _ indexes: ArraySlice<Int?>, in container: JSON?) -> JSON {
        guard let key = keys.first, let index = indexes.first else { return value }
        let restKeys = keys.dropFirst(), restIndexes = indexes.dropFirst()
        func child(_ existing: JSON?) -> JSON {
            if restKeys.isEmpty { return value }
            switch existing {
            case .object?, .array?: return setting(value, restKeys, restIndexes, in: existing)
            default:
                let fresh: JSON = (restIndexes.first ?? nil) != nil ? .array([]) : .object(JSONObject())
                return setting(value, restKeys, restIndexes, in: fresh)
            }
        }
        switch container {
        case .array(var a)?:
            guard let index, index <= a.count + maximumPadding else { return .array(a) }
            let new = child(index < a.count ? a[index] : nil)
            if index < a.count {
                a[index] = new
            } else {
                while a.count < index { a.append(.null) }
                a.append(new)
            }
            return .array(a)
        case .object(var o)?:
            o[key] = child(o[key])
            return .object(o)
        default:
            var o = JSONObject()
            o[key] = child(nil)
            return .object(o)
        }
    }

    /// Removes the value at this path from `root`, if there is one: an object member is
    /// deleted, an array element becomes `null` (JavaScript's `delete` leaves a hole).
    /// Returns whether anything was removed.
    @discardableResult
    func remove(from root: inout JSON) -> Bool {
        var removed = false
        root = DotPath.removing(keys[...], indexes[...], from: root, removed: &removed)
        return removed
    }

    private static func removing(_ keys: ArraySlice<String>, _ indexes: ArraySlice<Int?>, from container: JSON, removed: inout Bool) -> JSON {
        guard let key = keys.first, let index = indexes.first else { return container }
        let last = keys.count == 1
        switch container {
        case .object(var o):
            guard let existing = o[key] else { return container }
            if last {
                o.removeValue(forKey: key)
            } else {
                o[key] = removing(keys.dropFirst(), indexes.dropFirst(), from: existing, removed: &removed)
                return .object(o)
            }
            removed = true
            return .object(o)
        case .array(var a):
            guard let index, index < a.count else { return container }
            if last {
                a[index] = .null
                removed = true
            } else {
                a[index] = removing(keys.dropFirst(), indexes.dropFirst(), from: a[index], removed: &removed)
            }
            return .array(a)
        default:
            return container
        }
    }

    /// Applies `body` to the value at this path in `root`, when there is one; when `body`
    /// reports a change, stores what it left there. Only objects and arrays are walked
    /// through, and nothing is rebuilt when nothing changed. Returns whether it changed.
    @discardableResult
    func update(_ root: inout JSON, _ body: (inout JSON) -> Bool) -> Bool {
        guard let new = DotPath.updating(keys[...], indexes[...], in: root, body) else { return false }
        root = new
        return true
    }

    /// The value with the change made, or `nil` when nothing changed.
    private static func updating(_ keys: ArraySlice<String>, _ indexes: ArraySlice<Int?>, in value: JSON, _ body: (inout JSON) -> Bool) -> JSON? {
        guard let key = keys.first, let index = indexes.first else {
            // Not `body(&v) ? v : nil`: JSON is nil-literal expressible, so that nil is JSON null.
            var v = value
            if body(&v) { return v }
            return nil
        }
        switch value {
        case .object(var o):
            guard let child = o[key], let new = updating(keys.dropFirst(), indexes.dropFirst(), in: child, body) else { return nil }
            o[key] = new
            return .object(o)
        case .array(var a):
            guard let index, index < a.count, let new = updating(keys.dropFirst(), indexes.dropFirst(), in: a[index], body) else { return nil }
            a[index] = new
            return .array(a)
        default:
            return nil
        }
    }
}

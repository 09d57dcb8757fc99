/// The members of a JSON object, in insertion order.
///
/// Keys are unique: setting an existing key replaces its value in place (so a parsed
/// object with a duplicate key keeps the last value, at the first key's position).
/// Lookup is a linear scan for the small objects events are made of, and hashed once an
/// object grows past ``indexThreshold`` members.
public struct JSONObject: Sendable {
    /// Member count above which a hash index is kept for lookups.
    public static let indexThreshold = 24

    /// One member. A struct rather than a tuple so array operations stay specialized.
    ///
    /// A key of at most 15 UTF-8 bytes is always stored as a small string, however it was
    /// made: ``appendUnchecked(_:_:)`` compacts keys (see ``ExactText/compact(_:)``), the
    /// parser makes them small and so does ``JSONMemberNames``. Lookups rely on it.
    @usableFromInline struct Member: Sendable {
        @usableFromInline var key: String
        @usableFromInline var value: JSON
        @inlinable init(_ key: String, _ value: JSON) { self.key = key; self.value = value }
    }

    @usableFromInline var storage: [Member]
    @usableFromInline var index: [ExactKey: Int]?

    /// An empty object.
    @inlinable public init() { storage = []; index = nil }

    /// An object with room for `capacity` members.
    @inlinable public init(minimumCapacity capacity: Int) {
        storage = []
        storage.reserveCapacity(capacity)
        index = nil
    }

    /// An object from members already known to have distinct keys.
    @usableFromInline init(uniqueMembers: [Member]) {
        storage = uniqueMembers
        index = nil
        if storage.count > JSONObject.indexThreshold { rebuildIndex() }
    }

    /// An object from key/value pairs; a repeated key keeps its last value.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSON) {
        self.init()
        for (k, v) in pairs { self[k] = v }
    }

    /// The number of members.
    @inlinable public var count: Int { storage.count }
    /// Whether the object has no members.
    @inlinable public var isEmpty: Bool { storage.isEmpty }
    /// The keys, in order.
    public var keys: [String] { storage.map(\.key) }
    /// The values, in key order.
    public var values: [JSON] { storage.map(\.value) }

    /// The position of `key`, if present.
    @inlinable public func position(of key: String) -> Int? {
        // Keys are compared by their bytes, as JavaScript compares property names (see
        // ``ExactText``): Swift's `==` would take "Ḋ" and "D\u{307}" for one key.
        if let index { return index[ExactKey(key)] }
        return scanPosition(of: key)
    }

    /// The position of `key` by a scan of the members (what ``position(of:)`` does below
    /// ``indexThreshold`` members).
    @inlinable @inline(__always) func scanPosition(of key: String) -> Int? {
        #if _pointerBitWidth(_64)
        // A small key (up to 15 bytes: nearly every key) equals another small key exactly
        // when their two words are equal (see ``ExactText/equal(_:_:)``), and every member
        // key short enough is stored small (see ``Member``), so the scan compares
        // words read in place.
        let words = unsafeBitCast(key, to: (UInt64, UInt64).self)
        if words.1 & ExactText.smallFlag != 0 { return smallKeyPosition(words) }
        #endif
        for i in storage.indices where ExactText.equal(storage[i].key, key) { return i }
        return nil
    }

    /// The address of the value of the member at `position`, valid while this object's
    /// storage is alive and unchanged (see ``JSONAddress``).
    @inlinable @inline(__always) func valueAddress(at position: Int) -> UnsafePointer<JSON> {
        storage.withUnsafeBufferPointer { UnsafePointer($0.baseAddress! + position).pointer(to: \.value)! }
    }

    #if _pointerBitWidth(_64)
    /// The position of the small key whose two words are `words`, by a scan that compares
    /// each member key's words in place.
    @inlinable @inline(__always) func smallKeyPosition(_ words: (UInt64, UInt64)) -> Int? {
        storage.withUnsafeBufferPointer { members -> Int? in
            guard let base = members.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            let stride = MemoryLayout<Member>.stride
            let offset = MemoryLayout<Member>.offset(of: \.key)!
            for i in 0..<members.count {
                let w = raw.load(fromByteOffset: i &* stride &+ offset, as: (UInt64, UInt64).self)
                if w.0 == words.0 && w.1 == words.1 { return i }
            }
            return nil
        }
    }
    #endif

    /// The value for `key`; assigning `nil` removes the member.
    @inlinable public subscript(key: String) -> JSON? {
        get {
            guard let i = position(of: key) else { return nil }
            return storage[i].value
        }
        set {
            if let newValue {
                if let i = position(of: key) {
                    storage[i].value = newValue
                } else {
                    append(key, newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Appends a member without checking for an existing key. Only for builders that
    /// know the key is new (the parser checks for duplicates itself).
    @inlinable public mutating func appendUnchecked(_ key: consuming String, _ value: consuming JSON) {
        // The arguments are consumed, so a caller's last use of them moves them into the
        // storage instead of copying (a retain for the copy and a release for the
        // original); the index, needed only past ``indexThreshold`` members, is kept
        // out of line.
        storage.append(Member(key, value))
        #if _pointerBitWidth(_64)
        // The new key's second word, read in place, says whether it is small; any other
        // key is compacted out of line (see ``Member``).
        let last = storage.withUnsafeBufferPointer { members in
            UnsafeRawPointer(members.baseAddress! + (members.count - 1)).load(fromByteOffset: MemoryLayout<Member>.offset(of: \.key)! + 8, as: UInt64.self)
        }
        if _slowPath(last & ExactText.smallFlag == 0) { compactLastKey() }
        #endif
        if _slowPath(index != nil || storage.count > JSONObject.indexThreshold) { indexLastMember() }
    }

    /// Stores the last member's key as a small string if it is short enough to be one.
    @usableFromInline mutating func compactLastKey() {
        let last = storage.count - 1
        storage[last].key = ExactText.compact(storage[last].key)
    }

    /// Adds the last member to the hash index, building the index when the object has
    /// just grown past ``indexThreshold`` members.
    @usableFromInline mutating func indexLastMember() {
        if index != nil { index![ExactKey(storage[storage.count - 1].key)] = storage.count - 1 } else { rebuildIndex() }
    }

    @inlinable mutating func append(_ key: String, _ value: JSON) { appendUnchecked(key, value) }

    @usableFromInline mutating func rebuildIndex() {
        var idx = [ExactKey: Int](minimumCapacity: storage.count)
        for (i, m) in storage.enumerated() { idx[ExactKey(m.key)] = i }
        index = idx
    }

    /// Replaces the value of the member at `position` (its key and place stay).
    @inlinable package mutating func replaceValue(at position: Int, with value: consuming JSON) {
        storage[position].value = value
    }

    /// Removes `key`, returning its value if it was present.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let i = position(of: key) else { return nil }
        let old = storage.remove(at: i).value
        if index != nil {
            if storage.count > JSONObject.indexThreshold { rebuildIndex() } else { index = nil }
        }
        return old
    }

    /// A copy with `transform` applied to every value; members mapped to `nil` are dropped.
    @inlinable
    public func compactMapValues(_ transform: (JSON) throws -> JSON?) rethrows -> JSONObject {
        var out = JSONObject(minimumCapacity: storage.count)
        for m in storage { if let nv = try transform(m.value) { out.appendUnchecked(m.key, nv) } }
        return out
    }

    /// A copy keeping the members for which `isIncluded` holds.
    @inlinable
    public func filter(_ isIncluded: (String, JSON) throws -> Bool) rethrows -> JSONObject {
        var out = JSONObject(minimumCapacity: storage.count)
        for m in storage where try isIncluded(m.key, m.value) { out.appendUnchecked(m.key, m.value) }
        return out
    }

    /// Sets every member of `other` on this object (later wins).
    public mutating func merge(_ other: JSONObject) {
        for m in other.storage { self[m.key] = m.value }
    }
}

extension JSONObject: RandomAccessCollection {
    public typealias Element = (key: String, value: JSON)
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.count }
    @inlinable public subscript(position: Int) -> (key: String, value: JSON) { (storage[position].key, storage[position].value) }
}

extension JSONObject: Equatable {
    /// Objects are equal when they have the same keys with equal values, in any order.
    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        for m in a.storage {
            guard let w = b[m.key], w == m.value else { return false }
        }
        return true
    }
}

extension JSONObject: Hashable {
    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-member hashes commutatively.
        var acc = 0
        for m in storage {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            acc ^= h.finalize()
        }
        hasher.combine(storage.count)
        hasher.combine(acc)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSON)...) { self.init(elements) }
}

/// Writes JSON values as UTF-8 text.
///
/// Output is compact by default (no spaces, like `JSON.stringify`), or pretty with
/// two-space indentation. Strings are escaped minimally: `"`, `\` and control characters;
/// everything else, non-ASCII included, is written as UTF-8.
public struct JSONSerializer {
    /// How to write a value.
    public struct Options: Sendable {
        /// Indent nested values on their own lines.
        public var pretty: Bool
        /// Write object members sorted by key instead of in their order.
        public var sortedKeys: Bool
        /// Write the text JavaScript's `JSON.stringify` writes for the value: numbers as
        /// JavaScript prints them (`1.0` as `1`, `1E2` as `100`) rather than as parsed, and
        /// an object's array-index keys first, ascending (see
        /// ``JSONObject/javaScriptOrderedMembers``).
        public var javaScript: Bool

        public init(pretty: Bool = false, sortedKeys: Bool = false, javaScript: Bool = false) {
            self.pretty = pretty
            self.sortedKeys = sortedKeys
            self.javaScript = javaScript
        }

        public static let compact = Options()
        public static let prettyPrinted = Options(pretty: true)
        /// Compact, as `JSON.stringify(value)` writes it.
        public static let javaScript = Options(javaScript: true)
    }

    /// Appends the UTF-8 text of `value` to `buffer`.
    public static func write(_ value: JSON, into buffer: inout [UInt8], options: Options = .compact) {
        var w = Writer(options: options)
        w.write(value, indent: 0)
        w.finish(into: &buffer)
    }
}

extension JSON {
    /// The value as JSON text (compact unless `pretty`).
    public func serialized(pretty: Bool = false, sortedKeys: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        JSONSerializer.write(self, into: &bytes, options: .init(pretty: pretty, sortedKeys: sortedKeys))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value as JavaScript's `JSON.stringify(value)` writes it (see
    /// ``JSONSerializer/Options/javaScript-type.property``).
    public var stringified: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        JSONSerializer.write(self, into: &bytes, options: .javaScript)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value as compact JSON UTF-8 bytes.
    public func serializedBytes(pretty: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONSerializer.write(self, into: &bytes, options: .init(pretty: pretty))
        return bytes
    }
}

extension JSON: CustomStringConvertible {
    /// The compact JSON text.
    public var description: String { serialized() }
}

/// The writer fills a growable raw buffer of its own (no per-byte capacity or uniqueness
/// checks of an Array), then hands the bytes to the caller's array in one copy.
private struct Writer: ~Copyable {
    typealias Options = JSONSerializer.Options
    let options: Options
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(options: Options, initialCapacity: Int = 1024) {
        self.options = options
        capacity = initialCapacity
        base = .allocate(capacity: initialCapacity)
    }

    deinit { base.deallocate() }

    /// Appends what was written to `buffer`.
    func finish(into buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) private mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) private mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (base + count).update(from: src, count: p.count)
        count += p.count
    }

    @inline(__always) private mutating func append(_ s: StaticString) {
        bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func write(_ value: JSON, indent: Int) {
        withUnsafePointer(to: value) { write(at: $0, indent: indent) }
    }

    /// Writes the value at `value`. Members and elements are written through their
    /// addresses (see ``JSONAddress``), so no value of the tree is copied on the way.
    mutating func write(at value: UnsafePointer<JSON>, indent: Int) {
        switch value.pointee {
        case .null: append("null")
        case .bool(let b): b ? append("true") : append("false")
        case .number(let n): writeNumber(n)
        case .string(let s): writeString(s)
        case .array(let a):
            if a.isEmpty { append("[]"); return }
            byte(UInt8(ascii: "["))
            a.withUnsafeBufferPointer { elements in
                for k in elements.indices {
                    if k > 0 { byte(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    write(at: elements.baseAddress! + k, indent: indent + 1)
                }
            }
            newline(indent)
            byte(UInt8(ascii: "]"))
        case .object(let o):
            if o.isEmpty { append("{}"); return }
            byte(UInt8(ascii: "{"))
            if options.sortedKeys {
                for (n, m) in o.sorted(by: { $0.key < $1.key }).enumerated() { writeMember(m.key, m.value, first: n == 0, indent: indent) }
            } else if options.javaScript, o.needsJavaScriptReordering {
                for (n, m) in o.javaScriptOrderedMembers.enumerated() { writeMember(m.key, m.value, first: n == 0, indent: indent) }
            } else {
                o.storage.withUnsafeBufferPointer { members in
                    for n in members.indices {
                        let member = members.baseAddress! + n
                        writeKey(member.pointee.key, first: n == 0, indent: indent)
                        write(at: member.pointer(to: \.value)!, indent: indent + 1)
                    }
                }
            }
            newline(indent)
            byte(UInt8(ascii: "}"))
        }
    }

    mutating func writeMember(_ key: String, _ value: JSON, first: Bool, indent: Int) {
        writeKey(key, first: first, indent: indent)
        write(value, indent: indent + 1)
    }

    /// A member's separator, indentation, key and colon.
    @inline(__always) mutating func writeKey(_ key: String, first: Bool, indent: Int) {
        if !first { byte(UInt8(ascii: ",")) }
        newline(indent + 1)
        writeString(key)
        byte(UInt8(ascii: ":"))
        if options.pretty { byte(UInt8(ascii: " ")) }
    }

    @inline(__always) mutating func newline(_ indent: Int) {
        guard options.pretty else { return }
        reserve(1 + indent * 2)
        base[count] = 0x0A
        count += 1
        for _ in 0..<(indent * 2) { base[count] = 0x20; count += 1 }
    }

    mutating func writeNumber(_ n: JSONNumber) {
        if options.javaScript {
            switch n.storage {
            case .int(let v) where v.magnitude <= 9_007_199_254_740_992: break  // printed alike
            case .double(let d) where !d.isFinite: append("null"); return
            default: writeRaw(n.javaScriptText); return
            }
        }
        switch n.storage {
        case .int(let v):
            // At most 20 characters: a sign and 19 digits.
            reserve(20)
            if v == 0 { base[count] = UInt8(ascii: "0"); count += 1; return }
            var magnitude = v.magnitude
            if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
            var digits = 0
            var probe = magnitude
            while probe > 0 { probe /= 10; digits += 1 }
            var k = count + digits - 1
            while magnitude > 0 {
                base[k] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
                magnitude /= 10
                k -= 1
            }
            count += digits
        case .literal(let text, _):
            writeRaw(text)
        case .double(let d):
            // JSON has no NaN or Infinity: write null, as JSON.stringify does.
            if !d.isFinite { append("null"); return }
            writeRaw(JSONNumber.javaScriptText(d))
        }
    }

    private mutating func writeRaw(_ text: String) {
        var text = text
        text.withUTF8 { bytes($0) }
    }

    mutating func writeString(_ s: String) {
        byte(UInt8(ascii: "\""))
        // Native and small strings are contiguous; only a bridged one is copied.
        if s.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
            var copy = s
            copy.withUTF8 { writeEscaped($0) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Appends `utf8` with `"`, `\\` and control characters escaped, copying clean runs whole.
    mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var k = 0
        let n = utf8.count
        let raw = UnsafeRawPointer(utf8.baseAddress)
        while k < n {
            // Eight bytes at a time while none needs escaping (non-ASCII bytes are copied
            // as they are, so they only send the word to the byte loop).
            if let raw {
                while k + 8 <= n {
                    let flags = Writer.escapeFlags(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                    if flags == 0 { k += 8; continue }
                    k += flags.trailingZeroBitCount >> 3  // the first byte that needs escaping
                    break
                }
                if k >= n { break }
                if k + 8 > n {
                    // The last few bytes: test them as one word padded with a harmless byte.
                    var tail: UInt64 = 0x6161_6161_6161_6161
                    withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(start: raw + k, count: n - k)) }
                    let flags = Writer.escapeFlags(tail)
                    if flags == 0 { k = n; break }
                    k += flags.trailingZeroBitCount >> 3
                }
            }
            let b = utf8[k]
            if b >= 0x20 && b != 0x22 && b != 0x5C { k += 1; continue }
            if runStart < k { bytes(UnsafeBufferPointer(rebasing: utf8[runStart..<k])) }
            switch b {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                byte(Writer.hexDigit(b >> 4))
                byte(Writer.hexDigit(b & 0xF))
            }
            k += 1
            runStart = k
        }
        if runStart < n { bytes(UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }

    /// A high bit set in each byte of `word` that is `"`, `\\` or below 0x20 (the SWAR
    /// zero-byte and less-than tests; bytes of 0x80 and above never match).
    /// The lowest set bit lies in the first such byte; bits above it may be spurious.
    @inline(__always) static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- (ones &* 0x20)) & ~word)
        return found & highs
    }

    @inline(__always) static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
}

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

        public init(pretty: Bool = false, sortedKeys: Bool = false) {
            self.pretty = pretty
            self.sortedKeys = sortedKeys
        }

        public static let compact = Options()
        public static let prettyPrinted = Options(pretty: true)
    }

    /// Appends the UTF-8 text of `value` to `buffer`.
    public static func write(_ value: JSON, into buffer: inout [UInt8], options: Options = .compact) {
        var w = Writer(buffer: buffer, options: options)
        buffer = []
        w.write(value, indent: 0)
        buffer = w.buffer
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

private struct Writer {
    var buffer: [UInt8]
    let options: Options
    typealias Options = JSONSerializer.Options

    mutating func write(_ value: JSON, indent: Int) {
        switch value {
        case .null: append("null")
        case .bool(let b): b ? append("true") : append("false")
        case .number(let n): writeNumber(n)
        case .string(let s): writeString(s)
        case .array(let a):
            if a.isEmpty { append("[]"); return }
            buffer.append(UInt8(ascii: "["))
            for (k, v) in a.enumerated() {
                if k > 0 { buffer.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                write(v, indent: indent + 1)
            }
            newline(indent)
            buffer.append(UInt8(ascii: "]"))
        case .object(let o):
            if o.isEmpty { append("{}"); return }
            buffer.append(UInt8(ascii: "{"))
            if options.sortedKeys {
                for (n, m) in o.sorted(by: { $0.key < $1.key }).enumerated() { writeMember(m.key, m.value, first: n == 0, indent: indent) }
            } else {
                for n in 0..<o.storage.count { let m = o.storage[n]; writeMember(m.key, m.value, first: n == 0, indent: indent) }
            }
            newline(indent)
            buffer.append(UInt8(ascii: "}"))
        }
    }

    mutating func writeMember(_ key: String, _ value: JSON, first: Bool, indent: Int) {
        if !first { buffer.append(UInt8(ascii: ",")) }
        newline(indent + 1)
        writeString(key)
        buffer.append(UInt8(ascii: ":"))
        if options.pretty { buffer.append(UInt8(ascii: " ")) }
        write(value, indent: indent + 1)
    }

    @inline(__always) mutating func newline(_ indent: Int) {
        guard options.pretty else { return }
        buffer.append(0x0A)
        for _ in 0..<(indent * 2) { buffer.append(0x20) }
    }

    @inline(__always) mutating func append(_ s: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func writeNumber(_ n: JSONNumber) {
        switch n.storage {
        case .int(var v):
            if v == 0 { buffer.append(UInt8(ascii: "0")); return }
            if v < 0 {
                buffer.append(UInt8(ascii: "-"))
                if v == .min { append("9223372036854775808"); return }
                v = -v
            }
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                         UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { p in
                while v > 0 {
                    p[19 - count] = UInt8(v % 10) + 48
                    v /= 10
                    count += 1
                }
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: p[(20 - count)...]))
            }
        case .literal(let text, _):
            buffer.append(contentsOf: text.utf8)
        case .double(let d):
            // JSON has no NaN or Infinity: write null, as JSON.stringify does.
            if !d.isFinite { append("null"); return }
            buffer.append(contentsOf: JSONNumber.javaScriptText(d).utf8)
        }
    }

    mutating func writeString(_ s: String) {
        buffer.append(UInt8(ascii: "\""))
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) {
            _ = done
        } else {
            var copy = s
            copy.withUTF8 { writeEscaped($0) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends `utf8` with `"`, `\\` and control characters escaped, copying clean runs whole.
    mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var k = 0
        let n = utf8.count
        while k < n {
            let b = utf8[k]
            if b >= 0x20 && b != 0x22 && b != 0x5C { k += 1; continue }
            if runStart < k { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<k])) }
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
                buffer.append(Writer.hexDigits[Int(b >> 4)])
                buffer.append(Writer.hexDigits[Int(b & 0xF)])
            }
            k += 1
            runStart = k
        }
        if runStart < n { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

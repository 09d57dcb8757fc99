/// A strict RFC 8259 JSON parser.
///
/// - UTF-8 is validated (invalid raw bytes are an error); `\u` escapes with surrogate
///   pairs are decoded, and a lone surrogate escape (`\ud800` without its other half, as
///   JavaScript writes a string cut inside an emoji) becomes U+FFFD, as JavaScript's
///   `JSON.parse` and Go's `encoding/json` accept it.
/// - Object key order is preserved; a duplicate key keeps its last value.
/// - Numbers keep their literal (see ``JSONNumber``).
/// - Nesting deeper than `maxDepth` (by default ``defaultMaxDepth``) is an error, never a
///   stack overflow.
/// - Every error names its line and column and what was expected.
public struct JSONParser {
    /// The default limit on nesting of arrays and objects.
    public static let defaultMaxDepth = 512

    /// Parses one JSON value from `text`.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws -> JSON {
        var text = text
        return try text.withUTF8 { try parse(UnsafeRawBufferPointer($0), maxDepth: maxDepth) }
    }

    /// Parses one JSON value from UTF-8 `bytes`.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws -> JSON {
        try bytes.withUnsafeBytes { try parse($0, maxDepth: maxDepth) }
    }

    /// Parses one JSON value from UTF-8 bytes in `buffer`.
    public static func parse(_ buffer: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws -> JSON {
        try parse(buffer, maxDepth: maxDepth, cache: nil)
    }

    static func parse(_ buffer: UnsafeRawBufferPointer, maxDepth: Int, cache: ShortStringCache?) throws -> JSON {
        var reader = Reader(buffer.bindMemory(to: UInt8.self), maxDepth: maxDepth, cache: cache)
        return try reader.parseDocument()
    }
}

extension JSON {
    /// Parses JSON text (see ``JSONParser``).
    public init(parsing text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws {
        self = try JSONParser.parse(text, maxDepth: maxDepth)
    }

    /// Parses UTF-8 JSON bytes (see ``JSONParser``).
    public init(parsing bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) throws {
        self = try JSONParser.parse(bytes, maxDepth: maxDepth)
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0
    var depth = 0
    /// Reused scratch space for strings with escapes.
    var scratch: [UInt8] = []
    /// Short strings seen before, when parsing many documents (see ``JSONDocumentParser``).
    /// The caller's cache, which outlives the reader (read without reference counting).
    let cache: Unretained<ShortStringCache>?

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, cache: ShortStringCache? = nil) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.cache = cache.map(Unretained.init)
    }

    mutating func parseDocument() throws -> JSON {
        try startDocument()
        let value = try parseValue()
        try finishDocument()
        return value
    }

    /// Reads a byte order mark and whitespace up to the document's value.
    mutating func startDocument() throws {
        // A UTF-8 byte order mark is not JSON (RFC 8259 §8.1 lets parsers ignore it; we do).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        skipWhitespace()
        guard i < bytes.count else { throw error("expected a JSON value but the input is empty") }
    }

    /// Reads the whitespace after the document's value, which must end the input.
    mutating func finishDocument() throws {
        skipWhitespace()
        if i < bytes.count { throw error("expected the end of the input after the JSON value, found \(describe(bytes[i]))") }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
        }
    }

    mutating func parseValue() throws -> JSON {
        guard i < bytes.count else { throw error("expected a value but the input ended") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a value, found \(describe(bytes[i]))")
        }
    }

    mutating func expectWord(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        let p = word.utf8Start
        guard i + n <= bytes.count else { throw error("expected '\(word)' but the input ended") }
        for k in 0..<n where bytes[i + k] != p[k] {
            i += k
            throw error("expected '\(word)', found \(describe(bytes[i]))")
        }
        i += n
    }

    mutating func enter() throws {
        depth += 1
        if depth > maxDepth { throw error("nesting is deeper than the limit of \(maxDepth)") }
    }

    mutating func parseObject() throws -> JSON {
        if try isEmpty(closingWith: UInt8(ascii: "}")) { return .object(JSONObject()) }
        var members: [JSONObject.Member] = []
        members.reserveCapacity(8)
        var keyIndex: [ExactKey: Int]?
        while true {
            try expectKey()
            let key = try parseString()
            try expectColon()
            let value = try parseValue()
            // A duplicate key keeps its last value. Small objects are scanned (lengths
            // first); past `JSONObject.indexThreshold` members a hash index keeps a huge
            // object from taking quadratic time.
            if keyIndex != nil {
                // Mutated in place (binding it to a local first would copy it every time).
                if let k = keyIndex![ExactKey(key)] {
                    members[k].value = value
                } else {
                    keyIndex![ExactKey(key)] = members.count
                    members.append(JSONObject.Member(key, value))
                }
            } else {
                var duplicate = false
                var k = 0
                while k < members.count {
                    if ExactText.equal(members[k].key, key) {
                        members[k].value = value
                        duplicate = true
                        break
                    }
                    k += 1
                }
                if !duplicate {
                    members.append(JSONObject.Member(key, value))
                    if members.count > JSONObject.indexThreshold {
                        var seen = [ExactKey: Int](minimumCapacity: members.count * 2)
                        for (i, m) in members.enumerated() { seen[ExactKey(m.key)] = i }
                        keyIndex = seen
                    }
                }
            }
            if try !goesOn(closingWith: UInt8(ascii: "}")) { break }
        }
        depth -= 1
        return .object(JSONObject(uniqueMembers: members))
    }

    mutating func parseArray() throws -> JSON {
        if try isEmpty(closingWith: UInt8(ascii: "]")) { return .array([]) }
        var elements: [JSON] = []
        elements.reserveCapacity(4)
        while true {
            skipWhitespace()
            let value = try parseValue()
            elements.append(value)
            if try !goesOn(closingWith: UInt8(ascii: "]")) { break }
        }
        depth -= 1
        return .array(elements)
    }

    // MARK: - Separators (shared by building and skipping, so both accept the same text)

    /// Opens an object or array at its opening bracket (one level deeper) and reads the
    /// whitespace after it. When `close` follows at once, the container is empty: the
    /// bracket is read, the level closed, and the answer is `true`.
    @inline(__always)
    mutating func isEmpty(closingWith close: UInt8) throws -> Bool {
        try enter()
        i += 1
        skipWhitespace()
        guard i < bytes.count, bytes[i] == close else { return false }
        i += 1
        depth -= 1
        return true
    }

    /// Whitespace, then the opening quote of an object key (not consumed).
    @inline(__always)
    mutating func expectKey() throws {
        skipWhitespace()
        guard i < bytes.count else { throw error("expected an object key but the input ended") }
        guard bytes[i] == UInt8(ascii: "\"") else { throw error("expected a string key in the object, found \(describe(bytes[i]))") }
    }

    /// Whitespace, `:` and whitespace after an object key.
    @inline(__always)
    mutating func expectColon() throws {
        skipWhitespace()
        guard i < bytes.count else { throw error("expected ':' after the object key but the input ended") }
        guard bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after the object key, found \(describe(bytes[i]))") }
        i += 1
        skipWhitespace()
    }

    /// Whitespace, then `,` (another member or element follows: `true`) or `close`, the
    /// closing bracket (`}` or `]`: `false`).
    @inline(__always)
    mutating func goesOn(closingWith close: UInt8) throws -> Bool {
        skipWhitespace()
        guard i < bytes.count else { throw separatorError(close, found: nil) }
        let b = bytes[i]
        i += 1
        if b == UInt8(ascii: ",") { return true }
        if b == close { return false }
        i -= 1
        throw separatorError(close, found: b)
    }

    /// `expected ',' or '}' in the object, found …` (or `but the input ended`).
    func separatorError(_ close: UInt8, found: UInt8?) -> JSONParseError {
        let expected = close == UInt8(ascii: "}") ? "expected ',' or '}' in the object" : "expected ',' or ']' in the array"
        return error(found.map { "\(expected), found \(describe($0))" } ?? "\(expected) but the input ended")
    }

    mutating func parseNumber() throws -> JSONNumber {
        let start = i
        let isInteger = try scanNumber()
        let len = i - start
        if isInteger, len <= 18 {
            // Fits in Int64 without overflow checks.
            var v: Int64 = 0
            var k = start
            let negative = bytes[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            while k < i { v = v &* 10 &+ Int64(bytes[k] &- 48); k += 1 }
            return JSONNumber(negative ? -v : v)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        return JSONNumber(validLiteral: text)
    }

    /// Reads a number's text (RFC 8259 grammar) and returns whether it is an integer (no
    /// fraction, no exponent).
    @inline(__always)
    mutating func scanNumber() throws -> Bool {
        var isInteger = true
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw error(i < bytes.count ? "expected a digit in the number, found \(describe(bytes[i]))" : "expected a digit but the input ended") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, isDigit(bytes[i]) { throw error("a number may not have a leading zero") }
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("expected a digit after the decimal point") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isInteger = false
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("expected a digit in the exponent") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        return isInteger
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    /// Parses a string starting at the opening quote.
    mutating func parseString() throws -> String {
        i += 1
        let start = i
        skipPlainText()
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            let end = i
            i += 1
            if let cache, end - start <= ShortStringCache.maxLength { return cache.with { $0.string(bytes, start, end) } }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while true {
            guard i < bytes.count else { throw error("expected '\"' to close the string but the input ended") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == UInt8(ascii: "\\") {
                try parseEscape()
            } else if b < 0x20 {
                throw error("a control character (\(describe(b))) must be escaped inside a string")
            } else if b < 0x80 {
                scratch.append(b)
                i += 1
            } else {
                try copyUTF8Sequence()
            }
        }
    }

    /// Moves past plain ASCII text (no quote, backslash or control character) to the first
    /// byte that needs attention, or to the end. Eight bytes at a time while no byte in
    /// the word needs it.
    @inline(__always)
    mutating func skipPlainText() {
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let flags = Reader.attentionFlags(word)
                if flags == 0 { i += 8; continue }
                // Jump straight to the first flagged byte (little-endian: lowest bits first).
                i += flags.trailingZeroBitCount >> 3
                return
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return }
            i += 1
        }
    }

    /// A high bit set in each byte of `word` that is `"`, `\\`, below 0x20 or at least 0x80
    /// (SWAR: `x - 0x01…` sets a byte's high bit where the byte was zero; masked with `~x`).
    /// The lowest set bit lies in the first such byte; bits above it may be spurious.
    @inline(__always)
    static func attentionFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- (ones &* 0x20)) & ~word
        return (hasQuote | hasBackslash | hasControl | word) & highs
    }

    mutating func parseEscape() throws {
        i += 1
        guard i < bytes.count else { throw error("expected an escape character but the input ended") }
        let c = bytes[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                // A low half must follow as the next escape; otherwise this half stands
                // alone and the next escape is read on its own.
                var paired = false
                if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    let mark = i
                    i += 2
                    let low = try parseHex4()
                    if low >= 0xDC00 && low <= 0xDFFF {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        paired = true
                    } else {
                        i = mark
                    }
                }
                if !paired { scalar = 0xFFFD }
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                scalar = 0xFFFD
            }
            appendScalar(scalar)
        default:
            i -= 1
            throw error("'\\\(Character(Unicode.Scalar(c)))' is not a valid escape")
        }
    }

    mutating func parseHex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw error("expected a hex digit after \\u, found \(describe(b))")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    mutating func appendScalar(_ v: UInt32) {
        if v < 0x80 {
            scratch.append(UInt8(v))
        } else if v < 0x800 {
            scratch.append(UInt8(0xC0 | (v >> 6)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            scratch.append(UInt8(0xE0 | (v >> 12)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            scratch.append(UInt8(0xF0 | (v >> 18)))
            scratch.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Validates and copies one multi-byte UTF-8 sequence (RFC 3629 well-formedness).
    mutating func copyUTF8Sequence() throws {
        let b0 = bytes[i]
        let n: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: throw error("invalid UTF-8 byte 0x\(String(b0, radix: 16, uppercase: true)) in a string")
        }
        guard i + n <= bytes.count else { throw error("truncated UTF-8 sequence in a string") }
        let b1 = bytes[i + 1]
        guard b1 >= lo && b1 <= hi else { throw error("invalid UTF-8 sequence in a string") }
        for k in 2..<max(n, 2) where k < n {
            guard bytes[i + k] & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence in a string") }
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + n)]))
        i += n
    }

    func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        switch b {
        case 0x20: return "a space"
        case 0x0A: return "a line break"
        case 0x09: return "a tab"
        case 0x0D: return "a carriage return"
        default: return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }
    }

    func error(_ message: String) -> JSONParseError {
        let at = min(i, bytes.count)
        var line = 1
        var lineStart = 0
        var k = 0
        while k < at {
            if bytes[k] == 0x0A { line += 1; lineStart = k + 1 }
            k += 1
        }
        return JSONParseError(message: message, line: line, column: at - lineStart + 1, offset: at)
    }
}

// MARK: - Reading without building

extension JSONParser {
    /// Reads the document in `buffer` as ``parse(_:maxDepth:)`` does, building only the
    /// top-level members named in `names` (see ``JSONDocumentParser/scanMembers(_:named:visit:)``).
    static func scanMembers(
        _ buffer: UnsafeRawBufferPointer, named names: JSONMemberNames, maxDepth: Int, cache: ShortStringCache?,
        visit: (Int, JSON) -> Bool
    ) throws -> JSONScanEnd {
        var reader = Reader(buffer.bindMemory(to: UInt8.self), maxDepth: maxDepth, cache: cache)
        return try reader.scanMembers(names, visit: visit)
    }
}

extension Reader {
    /// The top-level object's members named in `names` are parsed and handed to `visit`
    /// (with the name's index), in document order, duplicates included; everything else
    /// is checked as ``parseDocument()`` checks it, with the same separators, string,
    /// number and nesting rules, and the same errors, but nothing is built.
    mutating func scanMembers(_ names: JSONMemberNames, visit: (Int, JSON) -> Bool) throws -> JSONScanEnd {
        try startDocument()
        guard bytes[i] == UInt8(ascii: "{") else { return .notAnObject }
        if try !isEmpty(closingWith: UInt8(ascii: "}")) {
            while true {
                try expectKey()
                let keyStart = i
                let plain = try skipString()
                let wanted = try nameIndex(names, keyFrom: keyStart, to: i, plain: plain)
                try expectColon()
                if wanted >= 0 {
                    if visit(wanted, try parseValue()) { return .stopped }
                } else {
                    try skipValue()
                }
                if try !goesOn(closingWith: UInt8(ascii: "}")) { break }
            }
            depth -= 1
        }
        try finishDocument()
        return .finished
    }

    /// The index in `names` of the key whose text (quotes included) is `bytes[start..<end]`,
    /// or -1. Compared as raw bytes unless the key has an escape, which is decoded first;
    /// a key `skipString` found `plain` has none.
    mutating func nameIndex(_ names: JSONMemberNames, keyFrom start: Int, to end: Int, plain: Bool = false) throws -> Int {
        let raw = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
        if !plain, raw.contains(UInt8(ascii: "\\")) {
            let resume = i
            i = start
            let key = try parseString()
            i = resume
            return names.index(ofText: key)
        }
        return names.index(ofBytes: raw)
    }

    mutating func skipValue() throws {
        guard i < bytes.count else { throw error("expected a value but the input ended") }
        switch bytes[i] {
        case UInt8(ascii: "{"): try skipObject()
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        default: throw error("expected a value, found \(describe(bytes[i]))")
        }
    }

    mutating func skipObject() throws {
        if try isEmpty(closingWith: UInt8(ascii: "}")) { return }
        while true {
            try expectKey()
            try skipString()
            try expectColon()
            try skipValue()
            if try !goesOn(closingWith: UInt8(ascii: "}")) { break }
        }
        depth -= 1
    }

    mutating func skipArray() throws {
        if try isEmpty(closingWith: UInt8(ascii: "]")) { return }
        while true {
            skipWhitespace()
            try skipValue()
            if try !goesOn(closingWith: UInt8(ascii: "]")) { break }
        }
        depth -= 1
    }

    /// Plain ASCII text is skipped in place; a string with an escape, a control character
    /// or non-ASCII bytes is read by ``parseString()``, which checks it. `true` when the
    /// string was plain ASCII text (so its bytes are its text).
    @discardableResult
    mutating func skipString() throws -> Bool {
        let quote = i
        i += 1
        skipPlainText()
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return true
        }
        i = quote
        _ = try parseString()
        return false
    }
}

// MARK: - Building a projection

extension JSONParser {
    /// Parses the document in `buffer` as ``parse(_:maxDepth:)`` does, building only what
    /// `projection` keeps (see ``JSONDocumentParser/parse(_:keeping:)``).
    static func parse(
        _ buffer: UnsafeRawBufferPointer, keeping projection: JSONProjection, maxDepth: Int, cache: ShortStringCache?
    ) throws -> JSON {
        var reader = Reader(buffer.bindMemory(to: UInt8.self), maxDepth: maxDepth, cache: cache)
        guard let node = projection.rootNode else { return try reader.parseDocument() }
        try reader.startDocument()
        let value = try node.with { try reader.parseValue(keeping: $0) }
        try reader.finishDocument()
        return value
    }
}

extension Reader {
    /// A value of which, when it is an object, only the members `node` names are built
    /// (each as its child says); the others are checked as ``skipValue()`` checks them. A
    /// value that is not an object is built whole.
    mutating func parseValue(keeping node: JSONProjectionNode) throws -> JSON {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return try parseValue() }
        if try isEmpty(closingWith: UInt8(ascii: "}")) { return .object(JSONObject()) }
        let names = node.names
        var members: [JSONObject.Member] = []
        members.reserveCapacity(names.names.count)
        // The names seen so far (by index, for the first 64), to find repeated keys.
        var seen: UInt64 = 0
        while true {
            try expectKey()
            let keyStart = i
            let plain = try skipString()
            let k = try nameIndex(names, keyFrom: keyStart, to: i, plain: plain)
            try expectColon()
            if k >= 0 {
                // The key is the name, byte for byte: the projection's string is used.
                let key = names.names[k]
                let value: JSON
                if let child = node.childNodes[k] { value = try child.with { try parseValue(keeping: $0) } } else { value = try parseValue() }
                let bit: UInt64 = k < 64 ? 1 << UInt64(k) : 0
                if bit != 0 && seen & bit == 0 {
                    seen |= bit
                    members.append(JSONObject.Member(key, value))
                } else if let d = members.firstIndex(where: { ExactText.equal($0.key, key) }) {
                    // A repeated key keeps its last value, at its first place (as `parseObject`).
                    members[d].value = value
                } else {
                    members.append(JSONObject.Member(key, value))
                }
            } else {
                try skipValue()
            }
            if try !goesOn(closingWith: UInt8(ascii: "}")) { break }
        }
        depth -= 1
        return .object(JSONObject(uniqueMembers: members))
    }
}

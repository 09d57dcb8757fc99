import JavaScriptRules

/// A JSON number that remembers how it was written.
///
/// Integers that fit in 64 bits are kept as `Int64`, so order ids beyond 2^53 are never
/// rounded. Other numbers keep the literal text they were parsed from (so `1.50` is
/// written back as `1.50`) next to their `Double` value. Numbers made by the engine
/// (arithmetic, coercion) are written the way JavaScript's `JSON.stringify` writes them.
///
/// Equality and hashing are numeric: `1` equals `1.0`.
public struct JSONNumber: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case int(Int64)
        case double(Double)
        /// A literal that is not a 64-bit integer, with its value.
        case literal(String, Double)
    }

    @usableFromInline let storage: Storage

    @inlinable init(storage: Storage) { self.storage = storage }

    /// An integer number.
    @inlinable public init(_ value: Int) { storage = .int(Int64(value)) }
    /// An integer number.
    @inlinable public init(_ value: Int64) { storage = .int(value) }
    /// A floating-point number. Integral values within ±2^53 are stored as integers.
    @inlinable public init(_ value: Double) {
        if value == value.rounded(.towardZero), abs(value) <= 9_007_199_254_740_992 {
            storage = .int(Int64(value))
        } else {
            storage = .double(value)
        }
    }

    /// A number from its JSON literal text, or `nil` when the text is not a JSON number.
    public init?(literal text: String) {
        guard JSONNumber.isValidLiteral(text.utf8) else { return nil }
        self = JSONNumber(validLiteral: text)
    }

    /// A number from literal text already known to be a valid JSON number.
    @usableFromInline
    init(validLiteral text: String) {
        var isInteger = true
        for byte in text.utf8 where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            isInteger = false
            break
        }
        if isInteger, let i = Int64(text) {
            storage = .int(i)
        } else {
            storage = .literal(text, Double(text) ?? .nan)
        }
    }

    /// The value as a `Double` (large integers may lose precision).
    @inlinable public var doubleValue: Double {
        switch storage {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .literal(_, let d): return d
        }
    }

    /// The value as an `Int64` when it is integral and in range.
    @inlinable public var int64Value: Int64? {
        switch storage {
        case .int(let i): return i
        case .double(let d), .literal(_, let d):
            guard d.isFinite, d == d.rounded(.towardZero), abs(d) < 9.2e18 else { return nil }
            return Int64(d)
        }
    }

    /// The value as an `Int` when it is integral and in range.
    @inlinable public var intValue: Int? { int64Value.map { Int($0) } }

    /// Whether the value has no fractional part.
    @inlinable public var isIntegral: Bool {
        switch storage {
        case .int: return true
        case .double(let d), .literal(_, let d): return d.isFinite && d == d.rounded(.towardZero)
        }
    }

    /// The literal the number was parsed from, if it was parsed and is not a plain integer.
    public var literal: String? {
        if case .literal(let text, _) = storage { return text }
        return nil
    }

    /// The number as JSON text: its original literal when it has one, otherwise the
    /// shortest text JavaScript would print (`1`, `0.1`, `1e+21`).
    public var jsonText: String {
        switch storage {
        case .int(let i): return String(i)
        case .literal(let text, _): return text
        case .double(let d): return JSONNumber.javaScriptText(d)
        }
    }

    /// The number as JavaScript's `String(n)` prints it (`1.0` prints as `1`).
    /// Non-finite values print as `NaN`, `Infinity`, `-Infinity`.
    public var javaScriptText: String {
        switch storage {
        case .int(let i):
            // JavaScript holds the number as a double: beyond 2^53 it prints that double.
            return i.magnitude <= 9_007_199_254_740_992 ? String(i) : JSONNumber.javaScriptText(Double(i))
        case .double(let d), .literal(_, let d):
            if case .literal(let text, _) = storage, JSONNumber.isPlainDecimal(text), !text.hasSuffix("0") {
                // Fast path: a short decimal like 12.5 prints as written.
                return text
            }
            return JSONNumber.javaScriptText(d)
        }
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        var sawDot = false
        var digits = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ".") { sawDot = true; continue }
            if b == UInt8(ascii: "-") { continue }
            guard b >= 48 && b <= 57 else { return false }
            digits += 1
        }
        // Leading zeros such as 0.5 are fine; anything long may not round-trip as written.
        return sawDot && digits <= 15
    }

    /// JavaScript's Number-to-String conversion for a `Double`.
    public static func javaScriptText(_ d: Double) -> String { NumberToText.text(d) }

    /// Whether `bytes` form a JSON number literal (RFC 8259 grammar).
    static func isValidLiteral<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        if i < end, bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
        guard i < end else { return false }
        if bytes[i] == UInt8(ascii: "0") {
            i = bytes.index(after: i)
        } else if digit(bytes[i]) {
            while i < end, digit(bytes[i]) { i = bytes.index(after: i) }
        } else {
            return false
        }
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i = bytes.index(after: i)
            guard i < end, digit(bytes[i]) else { return false }
            while i < end, digit(bytes[i]) { i = bytes.index(after: i) }
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i = bytes.index(after: i)
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
            guard i < end, digit(bytes[i]) else { return false }
            while i < end, digit(bytes[i]) { i = bytes.index(after: i) }
        }
        return i == end
    }
}

extension JSONNumber: Equatable, Hashable, Comparable {
    @inlinable public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        if case .int(let x) = a.storage, case .int(let y) = b.storage { return x == y }
        return a.doubleValue == b.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doubleValue)
    }

    @inlinable public static func < (a: JSONNumber, b: JSONNumber) -> Bool {
        if case .int(let x) = a.storage, case .int(let y) = b.storage { return x < y }
        return a.doubleValue < b.doubleValue
    }
}

extension JSONNumber: CustomStringConvertible {
    public var description: String { jsonText }
}

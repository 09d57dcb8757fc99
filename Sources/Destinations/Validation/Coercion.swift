import JSONValues

/// Type checks and coercions as Ajv performs them with `coerceTypes: "array"`.
enum Coercion {
    enum Outcome {
        case coerced(JSON)
        /// No coercion applies; the value the type error should describe.
        case failed(JSON)
    }

    /// Whether `value` already has one of `types`.
    @inline(__always)
    static func matches(_ value: JSON, _ types: [JSONKind]) -> Bool {
        for t in types where matches(value, t) { return true }
        return false
    }

    @inline(__always)
    static func matches(_ value: JSON, _ type: JSONKind) -> Bool {
        switch (type, value) {
        case (.string, .string), (.boolean, .bool), (.object, .object), (.array, .array), (.null, .null), (.number, .number):
            return true
        case (.integer, .number(let n)):
            return n.isIntegral
        default:
            return false
        }
    }

    /// The value coerced to the first of `types` it can be coerced to.
    static func coerce(_ input: JSON, to types: [JSONKind]) -> Outcome {
        var data = input
        // Ajv coerces only towards scalar types, `null` and `array`: a schema whose only
        // type is `object` gets no coercion at all (`[{…}]` stays an array and is a type
        // error), as in Ajv's `coerceToTypes`.
        guard types.contains(where: { $0 != .object }) else { return .failed(input) }
        // A one-element array stands for its element where a scalar is expected.
        if case .array(let a) = input, a.count == 1, !types.contains(.array) {
            data = a[0]
            if matches(data, types) { return .coerced(data) }
        }
        for t in types {
            if let c = coerce(data, to: t) { return .coerced(c) }
        }
        return .failed(data)
    }

    static func coerce(_ data: JSON, to type: JSONKind) -> JSON? {
        switch type {
        case .string:
            switch data {
            case .number(let n): return .string(n.javaScriptText)
            case .bool(let b): return .string(b ? "true" : "false")
            case .null: return .string("")
            default: return nil
            }
        case .number, .integer:
            switch data {
            case .bool(let b): return .int(b ? 1 : 0)
            case .null: return .int(0)
            case .string(let s) where !s.isEmpty:
                guard let d = JavaScriptNumber.parse(s) else { return nil }
                if type == .integer, d.isFinite, d != d.rounded(.towardZero) { return nil }
                return .number(JSONNumber(d))
            default: return nil
            }
        case .boolean:
            switch data {
            case .string("false"), .null: return .bool(false)
            case .string("true"): return .bool(true)
            case .number(let n) where n.doubleValue == 0: return .bool(false)
            case .number(let n) where n.doubleValue == 1: return .bool(true)
            default: return nil
            }
        case .null:
            switch data {
            case .string(""), .bool(false): return .null
            case .number(let n) where n.doubleValue == 0: return .null
            default: return nil
            }
        case .array:
            switch data {
            case .string, .number, .bool, .null: return .array([data])
            default: return nil
            }
        case .object:
            return nil
        }
    }
}

/// JavaScript's string-to-number conversion (`+"12"`), without Foundation.
enum JavaScriptNumber {
    /// The number `+s` gives in JavaScript, or `nil` where it gives `NaN`.
    static func parse(_ s: String) -> Double? {
        var bytes = Array(s.utf8)
        // Trim JavaScript white space (ASCII subset plus NBSP and BOM, which cover real data).
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while let f = bytes.first, isSpace(f) { bytes.removeFirst() }
        while let l = bytes.last, isSpace(l) { bytes.removeLast() }
        if bytes.isEmpty { return 0 }
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let radix: Int?
            switch bytes[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2
            default: radix = nil
            }
            if let radix {
                var v: Double = 0
                for b in bytes[2...] {
                    guard let d = digitValue(b), d < radix else { return nil }
                    v = v * Double(radix) + Double(d)
                }
                return v
            }
        }
        // StrDecimalLiteral: [+-] (digits [. digits?] | . digits) [(e|E) [+-] digits]
        var i = 0
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        var intDigits = 0, fracDigits = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1; intDigits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, isDigit(bytes[i]) { i += 1; fracDigits += 1 }
        }
        guard intDigits + fracDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var expDigits = 0
            while i < bytes.count, isDigit(bytes[i]) { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == bytes.count else { return nil }
        // Swift's parser wants a digit on both sides of the point.
        var normalized = text
        if normalized.hasSuffix(".") { normalized += "0" }
        normalized = normalized.replacingDotBeforeExponent()
        if fracDigits == 0, intDigits == 0 { return nil }
        return Double(normalized)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    static func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case 48...57: return Int(b - 48)
        case 65...70: return Int(b - 55)
        case 97...102: return Int(b - 87)
        default: return nil
        }
    }
}

private extension String {
    /// `1.e5` → `1.0e5`, `.5` → `0.5`, `-.5` → `-0.5`.
    func replacingDotBeforeExponent() -> String {
        var out = ""
        var previous: Character?
        for c in self {
            if (c == "e" || c == "E"), previous == "." { out.append("0") }
            if c == ".", previous == nil || previous == "+" || previous == "-" { out.append("0") }
            out.append(c)
            previous = c
        }
        return out
    }
}

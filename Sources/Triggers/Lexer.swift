/// One token of trigger text, with the byte range it came from.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// A field path: one or more segments joined by dots, escapes already resolved.
        case path([String])
        /// A quoted string, escapes resolved.
        case string(String)
        /// A number literal.
        case number(Double)
        case leftParen, rightParen, leftBracket, rightBracket, comma
        /// `!` not followed by `=`.
        case bang
        case compare(CompareOperator)
        case and, or, `in`
        case `true`, `false`, null
        case end
    }

    let kind: Kind
    /// Byte offset of the first byte in the source.
    let start: Int
    /// Byte offset just past the last byte.
    let end: Int
}

/// A comparison operator of the language.
enum CompareOperator: String, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// Splits trigger text into tokens. Works on UTF-8 bytes; columns are computed only for
/// errors (1-based, counted in Unicode scalars).
struct Lexer {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        var col = 1
        var i = 0
        let stop = min(offset, bytes.count)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        // Offsets never point into the middle of a scalar; `col` counted each lead byte before it.
        return col
    }

    func error(_ message: String, at offset: Int) -> TriggerError {
        TriggerError(message: message, column: Lexer.column(of: offset, in: bytes))
    }

    static func isIdentByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }

    static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x5C
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The whole token list, ending with `.end`.
    mutating func tokenize() throws(TriggerError) -> [Token] {
        var out: [Token] = []
        while true {
            let t = try next()
            out.append(t)
            if t.kind == .end { return out }
        }
    }

    /// The length in bytes of the UTF-8 scalar starting with `lead`.
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    func describeChar(at offset: Int) -> String {
        let n = min(Lexer.scalarLength(bytes[offset]), bytes.count - offset)
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func next() throws(TriggerError) -> Token {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A || bytes[position] == 0x0D {
            position += 1
        }
        let start = position
        guard position < bytes.count else { return Token(kind: .end, start: start, end: start) }
        let b = bytes[position]
        func single(_ k: Token.Kind) -> Token {
            position += 1
            return Token(kind: k, start: start, end: position)
        }
        switch b {
        case 0x28: return single(.leftParen)
        case 0x29: return single(.rightParen)
        case 0x5B: return single(.leftBracket)
        case 0x5D: return single(.rightBracket)
        case 0x2C: return single(.comma)
        case 0x3D:  // =
            position += 1
            if position < bytes.count, bytes[position] == 0x3D {
                throw error("'==' is not an operator; use '=' to compare", at: start)
            }
            return Token(kind: .compare(.equal), start: start, end: position)
        case 0x21:  // !
            position += 1
            if position < bytes.count, bytes[position] == 0x3D {
                position += 1
                return Token(kind: .compare(.notEqual), start: start, end: position)
            }
            return Token(kind: .bang, start: start, end: position)
        case 0x3C, 0x3E:  // < >
            position += 1
            var op: CompareOperator = b == 0x3C ? .less : .greater
            if position < bytes.count, bytes[position] == 0x3D {
                position += 1
                op = b == 0x3C ? .lessOrEqual : .greaterOrEqual
            }
            return Token(kind: .compare(op), start: start, end: position)
        case 0x22, 0x27:
            return try lexString(quote: b)
        case 0x2D, 0x2B, 0x30...0x39:
            return try lexNumber()
        default:
            if Lexer.isIdentStart(b) { return try lexPath() }
            if b == 0x26 || b == 0x7C {
                throw error("unexpected character '\(describeChar(at: start))'; use 'and' / 'or' to combine conditions", at: start)
            }
            throw error("unexpected character '\(describeChar(at: start))'", at: start)
        }
    }

    mutating func lexString(quote: UInt8) throws(TriggerError) -> Token {
        let start = position
        position += 1
        var buffer: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw error("unterminated string (the quote opened here is never closed)", at: start)
            }
            let c = bytes[position]
            if c == quote {
                position += 1
                break
            }
            if c == 0x5C, position + 1 < bytes.count {
                let n = bytes[position + 1]
                if n == 0x22 || n == 0x27 || n == 0x5C {
                    buffer.append(n)
                    position += 2
                    continue
                }
                // Any other escape is kept as written (so glob escapes like \* reach match()).
            }
            buffer.append(c)
            position += 1
        }
        return Token(kind: .string(String(decoding: buffer, as: UTF8.self)), start: start, end: position)
    }

    mutating func lexNumber() throws(TriggerError) -> Token {
        let start = position
        if bytes[position] == 0x2D || bytes[position] == 0x2B {
            position += 1
            guard position < bytes.count, Lexer.isDigit(bytes[position]) else {
                throw error("expected a digit after '\(describeChar(at: start))'", at: position)
            }
        }
        while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == 0x2E {
            position += 1
            guard position < bytes.count, Lexer.isDigit(bytes[position]) else {
                throw error("expected a digit after the decimal point", at: position)
            }
            while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == 0x65 || bytes[position] == 0x45 {
            position += 1
            if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
            guard position < bytes.count, Lexer.isDigit(bytes[position]) else {
                throw error("expected a digit in the exponent", at: position)
            }
            while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, Lexer.isIdentByte(bytes[position]) || bytes[position] == 0x2E || bytes[position] == 0x5C {
            throw error("unexpected '\(describeChar(at: position))' after a number", at: position)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        let cleaned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = Double(cleaned), value.isFinite else {
            throw error("number '\(text)' is out of range", at: start)
        }
        return Token(kind: .number(value), start: start, end: position)
    }

    /// A field path (`properties.product\ 1.price`) or a keyword (`and`, `or`, `in`,
    /// `true`, `false`, `null`) or a function name.
    mutating func lexPath() throws(TriggerError) -> Token {
        let start = position
        var segments: [String] = []
        var escapedAny = false
        while true {
            var seg: [UInt8] = []
            while position < bytes.count {
                let c = bytes[position]
                if c == 0x5C {
                    guard position + 1 < bytes.count else {
                        throw error("expected a character after the escape '\\'", at: position + 1)
                    }
                    let n = Lexer.scalarLength(bytes[position + 1])
                    let stop = min(bytes.count, position + 1 + n)
                    seg.append(contentsOf: bytes[(position + 1)..<stop])
                    position = stop
                    escapedAny = true
                    continue
                }
                if Lexer.isIdentByte(c) {
                    seg.append(c)
                    position += 1
                    continue
                }
                break
            }
            if seg.isEmpty {
                if position < bytes.count {
                    throw error("expected a field name after '.', found '\(describeChar(at: position))'", at: position)
                }
                throw error("expected a field name after '.'", at: position)
            }
            segments.append(String(decoding: seg, as: UTF8.self))
            if position < bytes.count, bytes[position] == 0x2E {
                position += 1
                continue
            }
            break
        }
        if position < bytes.count {
            let c = bytes[position]
            if c >= 0x80 {
                throw error("unexpected character '\(describeChar(at: position))' in a field name; escape it with '\\'", at: position)
            }
            if c == 0x22 || c == 0x27 {
                throw error("unexpected quote after '\(String(decoding: bytes[start..<position], as: UTF8.self))'", at: position)
            }
        }
        if segments.count == 1, !escapedAny {
            switch segments[0] {
            case "and": return Token(kind: .and, start: start, end: position)
            case "or": return Token(kind: .or, start: start, end: position)
            case "in": return Token(kind: .in, start: start, end: position)
            case "true": return Token(kind: .true, start: start, end: position)
            case "false": return Token(kind: .false, start: start, end: position)
            case "null": return Token(kind: .null, start: start, end: position)
            default: break
            }
        }
        return Token(kind: .path(segments), start: start, end: position)
    }
}

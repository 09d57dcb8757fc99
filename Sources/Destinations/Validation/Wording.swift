import JSONValues

/// The wording of validation messages (after Segment's ajv-human-errors).
enum Wording {
    /// "a string", "an integer", "a string or number".
    static func typeList(_ types: [JSONKind]) -> String {
        let list = self.list(types.map(\.rawValue), conjunction: "or")
        return "\(article(list)) \(list)"
    }

    /// What a value is: "a string", "an object", "an array", "null".
    static func typeOf(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        }
    }

    static func article(_ word: String) -> String {
        switch word.first {
        case "a", "e", "i", "o", "u": return "an"
        default: return "a"
        }
    }

    /// "a", "a or b", "a, b, or c".
    static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return "nothing"
        case 1: return items[0]
        case 2: return "\(items[0]) \(conjunction) \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + ", \(conjunction) " + items[items.count - 1]
        }
    }

    static func capitalized(_ s: String) -> String {
        // An ASCII lowercase letter followed by ASCII (a field title's usual start) is its
        // own character, uppercased in place; anything else (a combining mark after it,
        // which `Character.uppercased` may change too) takes the general way.
        let utf8 = s.utf8
        if let b = utf8.first, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z"),
           utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80 {
            var bytes = Array(s.utf8)
            bytes[0] -= 32
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}

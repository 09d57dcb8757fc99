import JavaScriptRules
import JSONValues

/// Turns a parsed trigger into a ``Plan`` and, where the trigger fits the reference
/// dialect, into the reference condition tree.
struct Compiler {
    let bytes: [UInt8]

    func text(_ n: SyntaxNode) -> String {
        String(decoding: bytes[n.start..<n.end], as: UTF8.self)
    }

    func error(_ message: String, at offset: Int) -> TriggerError {
        TriggerError(message: message, column: Lexer.column(of: offset, in: bytes))
    }

    // MARK: Plan

    /// Compiles a node that stands where a condition is expected.
    func condition(_ n: SyntaxNode) throws(TriggerError) -> Plan {
        switch n.kind {
        case .group(let inner):
            return try condition(inner)
        case .and(let items):
            var plans: [Plan] = []
            for i in items { plans.append(try condition(i)) }
            return .all(plans)
        case .or(let items):
            var plans: [Plan] = []
            for i in items { plans.append(try condition(i)) }
            return .any(plans)
        case .bool(let b):
            return .constant(b)
        case .not(let inner):
            if case .success(let leaf) = leafTree(n) {
                return .leaf(try ReferenceCondition(tree: leaf, text: text(n)))
            }
            return .not(try condition(inner), text: text(n))
        default:
            if case .success(let leaf) = leafTree(n) {
                return .leaf(try ReferenceCondition(tree: leaf, text: text(n)))
            }
            return .expression(try value(n), text: text(n))
        }
    }

    /// Compiles a node that stands where a value is expected.
    func value(_ n: SyntaxNode) throws(TriggerError) -> Expression {
        switch n.kind {
        case .field(let segments):
            return .field(FieldPath(segments))
        case .string(let s):
            return .constant(.string(s))
        case .number(let d):
            return .constant(.number(JSONNumber(d)))
        case .bool(let b):
            return .constant(.bool(b))
        case .null:
            return .constant(.null)
        case .list(let items):
            var exprs: [Expression] = []
            var constants: [JSON] = []
            var allConstant = true
            for i in items {
                let e = try value(i)
                exprs.append(e)
                if case .constant(let c) = e { constants.append(c) } else { allConstant = false }
            }
            return allConstant ? .constant(.array(constants)) : .list(exprs)
        case .compare(let op, let l, let r):
            return .compare(op, try value(l), try value(r))
        case .inList(let l, let r):
            return .inList(try value(l), try value(r))
        case .call(let f, let args):
            if f == .match, case .string(let pattern) = args[1].unwrapped.kind {
                let subject = try value(args[0])
                let glob: Glob
                do throws(Glob.PatternError) {
                    glob = try Glob(pattern)
                } catch {
                    throw self.error("malformed match() pattern: \(error.message)", at: args[1].unwrapped.start)
                }
                return .match(subject, glob)
            }
            var exprs: [Expression] = []
            for a in args { exprs.append(try value(a)) }
            return .call(f, exprs)
        case .group(let inner):
            switch inner.staticType {
            case .bool: return .condition(try condition(inner))
            default: return try value(inner)
            }
        case .not, .and, .or:
            return .condition(try condition(n))
        }
    }

    // MARK: Reference tree

    /// The reference condition tree of the whole trigger, or why there is none.
    func tree(_ root: SyntaxNode) -> Result<JSON, Reason> {
        switch subtree(root) {
        case .failure(let r): return .failure(r)
        case .success(let t):
            if t["type"]?.stringValue == "group" { return .success(t) }
            return .success(.object(JSONObject([("type", "group"), ("operator", "and"), ("children", .array([t]))])))
        }
    }

    /// Why a trigger has no reference tree: a message and where.
    struct Reason: Error, Sendable {
        let message: String
        let offset: Int
    }

    func subtree(_ n: SyntaxNode) -> Result<JSON, Reason> {
        switch n.kind {
        case .group(let inner):
            return subtree(inner)
        case .and(let items), .or(let items):
            var children: [JSON] = []
            for i in items {
                switch subtree(i) {
                case .success(let c): children.append(c)
                case .failure(let r): return .failure(r)
                }
            }
            let op: JSON = { if case .and = n.kind { return "and" } else { return "or" } }()
            return .success(.object(JSONObject([("type", "group"), ("operator", op), ("children", .array(children))])))
        default:
            return leafTree(n).map { .object($0) }
        }
    }

    /// The reference leaf for a condition node, or why it has none.
    func leafTree(_ n: SyntaxNode) -> Result<JSONObject, Reason> {
        func fail(_ m: String, _ at: SyntaxNode? = nil) -> Result<JSONObject, Reason> {
            .failure(Reason(message: m, offset: (at ?? n).start))
        }
        switch n.kind {
        case .field(let segments):
            // A field on its own, as a condition: true when it holds the boolean true.
            return leafBase(segments, n).map { var o = $0; o["operator"] = "is_true"; return o }
        case .compare(let op, let l, let r):
            guard case .field(let segments) = l.kind else {
                if case .call(let f, _) = l.unwrapped.kind {
                    return fail("\(f.rawValue)() is not part of the reference dialect", l)
                }
                return fail("the reference dialect needs a field on the left of '\(op.rawValue)', found '\(text(l))'", l)
            }
            let base: JSONObject
            switch leafBase(segments, l) {
            case .success(let b): base = b
            case .failure(let r): return .failure(r)
            }
            var o = base
            switch r.kind {
            case .string(let s):
                // `properties.x < "10"`: the reference keeps the text and compares with Number("10").
                let numericText = !JSWhitespace.trim(s).isEmpty && NumberFromText.number(s).isFinite
                guard op == .equal || op == .notEqual || numericText else {
                    return fail("the reference dialect compares with '\(op.rawValue)' only against a number, found '\(text(r))'", r)
                }
                o["operator"] = .string(op.rawValue)
                o["value"] = .string(s)
            case .number(let d):
                switch op {
                case .equal: o["operator"] = "number_equals"
                case .notEqual: o["operator"] = "number_not_equals"
                default: o["operator"] = .string(op.rawValue)
                }
                o["value"] = .number(JSONNumber(d))
            case .bool(let b):
                guard op == .equal else {
                    return fail("the reference dialect compares booleans only with '=', found '\(op.rawValue) \(text(r))'", r)
                }
                o["operator"] = b ? "is_true" : "is_false"
            case .null:
                switch op {
                case .equal: o["operator"] = "not_exists"
                case .notEqual: o["operator"] = "exists"
                default: return fail("'\(op.rawValue) null' has no meaning in the reference dialect", r)
                }
            case .field(let word) where word.count == 1 && (op == .equal || op == .notEqual):
                // `type = track`: the reference reads a bare word after = / != as text.
                o["operator"] = .string(op.rawValue)
                o["value"] = .string(word[0])
            case .field:
                return fail("the right side of '\(op.rawValue)' is the field '\(text(r))', not a value (quote it to compare with text); the reference dialect compares fields only with values", r)
            default:
                return fail("the reference dialect compares fields only with a string, number, boolean or null, found '\(text(r))'", r)
            }
            return .success(o)
        case .call(let f, let args):
            return functionLeaf(f, args, negated: false, n)
        case .not(let inner):
            if case .call(let f, let args) = inner.kind, f == .contains || f == .match {
                return functionLeaf(f, args, negated: true, n)
            }
            return fail("the reference dialect can negate only contains() and match(), not '\(text(inner))'")
        case .inList:
            return fail("'in' is not part of the reference dialect")
        case .bool:
            return fail("a bare true/false is not part of the reference dialect")
        default:
            return fail("'\(text(n))' is not a condition of the reference dialect")
        }
    }

    func functionLeaf(_ f: FQLFunction, _ args: [SyntaxNode], negated: Bool, _ n: SyntaxNode) -> Result<JSONObject, Reason> {
        guard f == .contains || f == .match else {
            return .failure(Reason(message: "\(f.rawValue)() is not part of the reference dialect", offset: n.start))
        }
        guard case .field(let segments) = args[0].kind else {
            return .failure(Reason(message: "the reference dialect needs a field as the first argument of \(f.rawValue)()", offset: args[0].start))
        }
        guard case .string(let s) = args[1].kind else {
            return .failure(Reason(message: "the reference dialect needs a quoted string as the second argument of \(f.rawValue)()", offset: args[1].start))
        }
        var o: JSONObject
        switch leafBase(segments, args[0]) {
        case .success(let b): o = b
        case .failure(let r): return .failure(r)
        }
        if f == .contains {
            o["operator"] = negated ? "not_contains" : "contains"
            o["value"] = .string(s)
            return .success(o)
        }
        guard let glob = try? Glob(s), let shape = glob.referenceShape else {
            return .failure(Reason(message: "the reference dialect knows only match() patterns of the form 'text*' or '*text'", offset: args[1].start))
        }
        switch shape {
        case .prefix(let p):
            o["operator"] = negated ? "not_starts_with" : "starts_with"
            o["value"] = .string(p)
        case .suffix(let p):
            o["operator"] = negated ? "not_ends_with" : "ends_with"
            o["value"] = .string(p)
        }
        return .success(o)
    }

    /// `type` and `name` (and `name` for nested leaves) of a leaf reading `segments`.
    func leafBase(_ segments: [String], _ at: SyntaxNode) -> Result<JSONObject, Reason> {
        guard let type = ReferenceLeafType(fieldRoot: segments[0]) else {
            return .failure(Reason(message: "the reference dialect reads only type, event, name, userId, properties.*, traits.* and context.*, not '\(text(at))'", offset: at.start))
        }
        var o = JSONObject()
        o["type"] = .string(type.rawValue)
        if type.hasName {
            guard segments.count > 1 else {
                return .failure(Reason(message: "the reference dialect needs a field inside '\(segments[0])', such as \(segments[0]).name", offset: at.start))
            }
            let rest = segments.dropFirst()
            for s in rest where s.utf8.contains(0x2E) {
                return .failure(Reason(message: "the reference dialect cannot name a field whose name contains '.' ('\(s)')", offset: at.start))
            }
            o["name"] = .string(rest.joined(separator: "."))
        } else if segments.count > 1 {
            return .failure(Reason(message: "the reference dialect reads '\(segments[0])' only as a whole, not '\(text(at))'", offset: at.start))
        }
        return .success(o)
    }
}

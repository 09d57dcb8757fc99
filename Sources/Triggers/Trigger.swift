@_spi(Unretained) import JSONValues

/// A compiled trigger: an FQL condition that decides which events a subscription receives.
///
/// Compile once with ``init(_:)``, then call ``matches(_:)`` for each event, from any thread.
///
/// One parser serves both dialects. A trigger that the reference trigger dialect can
/// express (Segment's Destination Actions subscriptions) also yields the reference
/// ``conditionTree``, and each of its conditions evaluates exactly as the reference's
/// `validate.ts` does. A trigger that needs the full filter language (`in`, functions
/// other than `contains`/`match`, full globs, negated groups, any top-level field…)
/// compiles to a richer plan; ``conditionTree`` is then `nil` and
/// ``referenceTreeError`` says why. See docs/trigger-language.md.
public struct Trigger: Sendable {
    /// The longest trigger accepted, in UTF-8 bytes (Segment's limit).
    public static let maximumLength = 5 * 1024
    /// The deepest nesting accepted (parentheses, `!`, function calls, lists, tree groups).
    public static let maximumDepth = 64

    /// Everything a trigger holds, behind one reference: copying a `Trigger` (as a
    /// subscription loop does for every event) then costs one retain, not one per field.
    final class Storage: Sendable {
        let source: String
        let conditionTree: JSON?
        let referenceTreeError: String?
        let plan: Plan
        /// When the plan is one reference condition, or an `and` or an `or` of them (as
        /// most triggers are): those conditions, called without reference counting (the
        /// plan owns them), and whether all of them must hold. Walking the plan's enum
        /// would retain and release each array and condition on the way, and every
        /// thread evaluates the same trigger.
        let leaves: [Unretained<ReferenceCondition>]?
        let leavesAll: Bool

        init(source: String, conditionTree: JSON?, referenceTreeError: String?, plan: Plan) {
            self.source = source
            self.conditionTree = conditionTree
            self.referenceTreeError = referenceTreeError
            self.plan = plan
            func conditions(_ items: [Plan]) -> [Unretained<ReferenceCondition>]? {
                var out: [Unretained<ReferenceCondition>] = []
                for item in items {
                    guard case .leaf(let c) = item else { return nil }
                    out.append(Unretained(c))
                }
                return out
            }
            switch plan {
            case .leaf(let c): (leaves, leavesAll) = ([Unretained(c)], true)
            case .all(let items): (leaves, leavesAll) = (conditions(items), true)
            case .any(let items): (leaves, leavesAll) = (conditions(items), false)
            default: (leaves, leavesAll) = (nil, true)
            }
        }

        /// Whether `event` satisfies the plan.
        @inline(__always)
        func matches(_ event: JSON) -> Bool {
            guard let leaves else { return plan.matches(event) }
            if leavesAll {
                for i in leaves.indices where !leaves[i].with({ $0.matches(event) }) { return false }
                return true
            }
            for i in leaves.indices where leaves[i].with({ $0.matches(event) }) { return true }
            return false
        }
    }

    let storage: Storage

    /// The trigger text as written (for a trigger built from a tree, the generated text).
    public var source: String { storage.source }

    /// The reference condition tree (see Tests/ConformanceTests/Corpus/FORMAT.md), or
    /// `nil` when the trigger needs the full language.
    public var conditionTree: JSON? { storage.conditionTree }

    /// Why there is no ``conditionTree`` (with the column it concerns), or `nil` when there is one.
    public var referenceTreeError: String? { storage.referenceTreeError }

    var plan: Plan { storage.plan }

    /// Compiles `source`; throws a ``TriggerError`` naming the column on malformed input.
    public init(_ source: String) throws {
        try self.init(compiling: source)
    }

    /// Compiles `source` (typed-throws form of ``init(_:)``).
    public init(compiling source: String) throws(TriggerError) {
        let bytes = Array(source.utf8)
        if bytes.count > Trigger.maximumLength {
            throw TriggerError(
                message: "the trigger is \(bytes.count) bytes long; the limit is \(Trigger.maximumLength) bytes",
                column: Lexer.column(of: Trigger.maximumLength, in: bytes))
        }
        var lexer = Lexer(bytes)
        let tokens = try lexer.tokenize()
        var parser = Parser(bytes: bytes, tokens: tokens, maxDepth: Trigger.maximumDepth)
        let syntax = try parser.parseTrigger()
        let compiler = Compiler(bytes: bytes)
        let plan = try compiler.condition(syntax)
        switch compiler.tree(syntax) {
        case .success(let tree):
            storage = Storage(source: source, conditionTree: tree, referenceTreeError: nil, plan: plan)
        case .failure(let reason):
            let why = "\(reason.message) (column \(Lexer.column(of: reason.offset, in: bytes)))"
            storage = Storage(source: source, conditionTree: nil, referenceTreeError: why, plan: plan)
        }
    }

    /// Compiles a reference condition tree; the trigger then evaluates exactly as the
    /// reference's `validate.ts` does. Throws on a malformed tree (unknown type or
    /// operator, a group without children, an `{"error": …}` tree…).
    public init(conditionTree: JSON) throws {
        try self.init(tree: conditionTree)
    }

    /// Typed-throws form of ``init(conditionTree:)``.
    public init(tree: JSON) throws(TriggerError) {
        guard case .object(let root) = tree else {
            throw TriggerError(message: "a condition tree must be an object", column: 0)
        }
        if let err = root["error"] {
            throw TriggerError(message: "the condition tree holds a parse error: \(err.stringValue ?? err.serialized())", column: 0)
        }
        guard root["type"]?.stringValue == "group" else {
            throw TriggerError(message: "the root of a condition tree must be a group", column: 0)
        }
        let plan = try Trigger.plan(fromTree: root, depth: 0)
        storage = Storage(source: (try? Generator.generate(tree)) ?? "", conditionTree: tree, referenceTreeError: nil, plan: plan)
    }

    static func plan(fromTree node: JSONObject, depth: Int) throws(TriggerError) -> Plan {
        guard depth < maximumDepth else {
            throw TriggerError(message: "the condition tree nests deeper than \(maximumDepth) levels", column: 0)
        }
        if node["type"]?.stringValue == "group" {
            guard let op = node["operator"]?.stringValue, op == "and" || op == "or" else {
                throw TriggerError(message: "a group's operator must be \"and\" or \"or\"", column: 0)
            }
            guard let children = node["children"]?.arrayValue else {
                throw TriggerError(message: "a group needs a \"children\" array", column: 0)
            }
            var plans: [Plan] = []
            plans.reserveCapacity(children.count)
            for child in children {
                guard case .object(let c) = child else {
                    throw TriggerError(message: "a group's children must be objects", column: 0)
                }
                plans.append(try plan(fromTree: c, depth: depth + 1))
            }
            return op == "and" ? .all(plans) : .any(plans)
        }
        return .leaf(try ReferenceCondition(tree: node, text: nil))
    }

    /// Writes a reference condition tree as trigger text; ``init(_:)`` reads the text back
    /// to the same tree (up to writing `=` values as text, which the reference compares
    /// as text anyway).
    public static func generate(_ tree: JSON) throws -> String {
        try Generator.generate(tree)
    }

    /// Whether `event` satisfies the trigger.
    @inlinable
    public func matches(_ event: JSON) -> Bool { evaluate(event) }

    @usableFromInline
    func evaluate(_ event: JSON) -> Bool { storage.matches(event) }

    /// `nil` when `event` matches; otherwise a short text naming the first condition that
    /// failed and the value the event holds there, such as
    /// `event = "Order Completed" failed: event is "Product Viewed"` or
    /// `properties.price > 10 failed: properties.price is missing`.
    public func explain(_ event: JSON) -> String? {
        Explainer.explain(plan, event)
    }
}

/// A trigger that could not be compiled.
public struct TriggerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String
    /// The 1-based column of the trigger text where the problem was found, counted in
    /// Unicode scalars; 0 when the problem is not in trigger text (a malformed condition tree).
    public let column: Int

    /// An error with its message and the 1-based column it concerns (0: not about trigger text).
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `message at column N` (just the message when there is no column).
    public var description: String { column > 0 ? "\(message) at column \(column)" : message }
}

import JSONValues

/// A compiled mapping: a mapping configuration validated and turned into an evaluation plan.
///
/// Compile once with ``init(_:)``; ``evaluate(_:)`` is then safe to call from many threads.
/// Paths are split, templates parsed and constant subtrees resolved at compile time, so
/// evaluating an event does no parsing.
public struct Mapping: Sendable {
    /// The mapping configuration as given.
    public let configuration: JSON

    private let root: MappingNode

    /// Validates and compiles `configuration`; throws the first ``MappingError`` found
    /// (use ``validate(_:)`` to get all of them).
    public init(_ configuration: JSON) throws {
        self.configuration = configuration
        let (node, errors, _) = Compiler.compile(configuration)
        if let first = errors.first { throw first }
        self.root = node
    }

    /// The problems Segment's mapping validator reports for `configuration`, each naming
    /// its place; empty when it accepts the mapping.
    ///
    /// Like the reference, this leaves out problems that only show when an event is mapped
    /// (a `@case` without an operator, a `@merge` without a direction, a Liquid syntax
    /// error…); ``problems(_:)`` includes them, and ``init(_:)`` rejects them.
    public static func validate(_ configuration: JSON) -> [MappingError] {
        let (_, errors, evaluationTime) = Compiler.compile(configuration)
        return errors.filter { !evaluationTime.contains($0.description) }
    }

    /// Every problem in `configuration`, including those the reference only reports when
    /// an event is mapped; empty exactly when ``init(_:)`` succeeds.
    public static func problems(_ configuration: JSON) -> [MappingError] {
        Compiler.compile(configuration).errors
    }

    /// Resolves the mapping against `input` (an event or payload, which must be an
    /// object); `nil` means the mapping resolved to nothing (absent).
    public func evaluate(_ input: JSON) throws -> JSON? {
        guard case .object = input else {
            throw MappingError(message: "data must be an object, got \(input.kindName)", pointer: "")
        }
        return try EvaluationBudget.with { try root.evaluate(input, $0) }
    }

    /// ``evaluate(_:)`` with a budget of `budgetUnits` instead of the default (for tests).
    func evaluate(_ input: JSON, budgetUnits: Int) throws -> JSON? {
        guard case .object = input else {
            throw MappingError(message: "data must be an object, got \(input.kindName)", pointer: "")
        }
        return try EvaluationBudget.with(units: budgetUnits) { try root.evaluate(input, $0) }
    }

    /// Resolves the mapping against any value (or nothing), without the top-level check
    /// that the input is an object. Paths into a non-object find nothing.
    public func resolve(_ input: JSON?) throws -> JSON? {
        try EvaluationBudget.with { try root.evaluate(input, $0) }
    }

    /// The resolved value when the mapping does not depend on its input at all.
    public var constantValue: JSON? { root.constantValue }

    /// The parts of its input the mapping reads: it resolves `reads.apply(to: input)` to
    /// what it resolves `input` to. Paths (`@path`, and what `@arrayPath`, `@if`, `@merge`
    /// and the value directives read through them) are known when the mapping is
    /// compiled, as are a `@template`'s placeholders; a mapping with `@liquid`,
    /// `@transform`, `@map` or a path or template computed per event reads everything.
    public var reads: JSONProjection { root.reads }
}

/// A mapping that is invalid, or failed on an event.
///
/// Its ``description`` reads like the reference's messages: the JSON Pointer of the place,
/// a space, then the message (`/@replace/pattern should be a string of length 10 or less.`).
public struct MappingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String
    /// Where in the mapping, as a JSON Pointer (`/items/@arrayPath/1/productId`); `""` is the root.
    public let pointer: String
    /// The place the reference's validator names for this error, used in `description`.
    /// It differs from `pointer` only inside `@arrayPath` (the reference leaves out the
    /// element index) and `@merge` `objects` (the reference starts again from the root).
    public let referencePointer: String

    public init(message: String, pointer: String) {
        self.init(message: message, pointer: pointer, referencePointer: pointer)
    }

    /// An error whose reference wording names another place than its exact `pointer`.
    public init(message: String, pointer: String, referencePointer: String) {
        self.message = message
        self.pointer = pointer
        self.referencePointer = referencePointer
    }

    public var description: String {
        let place = referencePointer.isEmpty ? "/" : referencePointer
        return message.hasSuffix(".") ? "\(place) \(message)" : "\(place) \(message)."
    }
}

import JSONValues

/// A compiled mapping: a mapping configuration validated and turned into an evaluation plan.
///
/// Compile once with ``init(_:)``; ``evaluate(_:)`` is then safe to call from many threads.
public struct Mapping: Sendable {
    /// The mapping configuration as given.
    public let configuration: JSON

    /// Validates and compiles `configuration`; throws ``MappingError`` naming its place.
    public init(_ configuration: JSON) throws {
        self.configuration = configuration
        throw MappingError(message: "the mapping kit is not implemented yet", pointer: "")
    }

    /// Resolves the mapping against `input`; `nil` means the mapping resolved to nothing.
    public func evaluate(_ input: JSON) throws -> JSON? { nil }
}

/// A mapping that is invalid, or failed on an event.
public struct MappingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String
    /// Where in the mapping, as a JSON Pointer (`/items/@arrayPath/1/productId`).
    public let pointer: String

    public init(message: String, pointer: String) {
        self.message = message
        self.pointer = pointer
    }

    public var description: String { pointer.isEmpty ? message : "\(pointer): \(message)" }
}

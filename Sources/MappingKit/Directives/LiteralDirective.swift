import JSONValues

// @literal: the value as written; nested directives inside it are still resolved.

extension Compiler {
    mutating func literal(_ value: JSON, at pointer: String) -> MappingNode {
        mapping(value, at: pointer)
    }
}

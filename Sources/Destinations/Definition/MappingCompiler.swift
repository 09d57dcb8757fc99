import JSONValues
import MappingKit

/// Compiles mappings, turning each of their problems into a located ``Problem``.
enum MappingCompiler {
    static func compile(_ json: JSON, at pointer: String, problems: inout ProblemList) -> Mapping? {
        let errors = Mapping.problems(json)
        if !errors.isEmpty {
            for e in errors { problems.add(pointer + e.pointer, e.message) }
            return nil
        }
        do {
            return try Mapping(json)
        } catch let e as MappingError {
            problems.add(pointer + e.pointer, e.message)
        } catch {
            problems.add(pointer, String(describing: error))
        }
        return nil
    }
}

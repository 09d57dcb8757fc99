import DestinationFilters
import Destinations
import JSONValues

/// The documents commands load (a definition, a subscriptions file, a filters file), with
/// every problem a ``Diagnostic`` at its file and JSON Pointer.
enum DocumentLoading {
    static func definition(_ path: String) throws -> DestinationDefinition {
        try definition(path, JSONFile.load(path))
    }

    /// A definition from its parsed document.
    static func definition(_ path: String, _ doc: JSON) throws -> DestinationDefinition {
        do {
            return try DestinationDefinition(json: doc)
        } catch {
            throw Diagnostics(error, files: [.definition: InputFile.name(of: path)])
        }
    }

    /// A destination filters file.
    static func filters(_ path: String) throws -> FilterSet {
        let doc = try JSONFile.load(path)
        do {
            return try FilterSet(json: doc)
        } catch {
            throw Diagnostics(error.problems.map { Diagnostic($0, file: InputFile.name(of: path)) })
        }
    }

    static func subscriptions(_ path: String) throws -> [Subscription] {
        let doc = try JSONFile.load(path)
        do {
            return try Subscription.list(from: doc)
        } catch {
            throw Diagnostics(error, files: [.subscriptions: InputFile.name(of: path)])
        }
    }
}

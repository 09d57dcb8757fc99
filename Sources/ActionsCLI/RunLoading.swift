import Conformance
import DestinationFilters
import Destinations
import JSONValues

/// Reading the files `run` and `validate` take, with every problem located by file and
/// JSON Pointer.
enum RunLoading {
    /// Reads and parses a JSON file; a parse error names the line and column.
    static func json(_ path: String) throws -> JSON {
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(path: path) } catch { throw RunFailure("\(error)") }
        do {
            return try JSONParser.parse(bytes)
        } catch let e as JSONParseError {
            throw RunFailure("\(path):\(e.line):\(e.column): \(e.message)")
        }
    }

    /// `file /pointer: message`, one line per problem.
    static func describe(_ error: LoadError, files: [Problem.Document: String]) -> String {
        error.problems.map { p in
            "\(files[p.document] ?? p.document.rawValue) \(p.pointer.isEmpty ? "/" : p.pointer): \(p.message)"
        }.joined(separator: "\n")
    }

    static func definition(_ path: String) throws -> DestinationDefinition {
        let doc = try json(path)
        do {
            return try DestinationDefinition(json: doc)
        } catch {
            throw RunFailure(describe(error, files: [.definition: path]))
        }
    }

    /// A destination filters file; every problem is `FILE /json/pointer: message`.
    static func filters(_ path: String) throws -> FilterSet {
        let doc = try json(path)
        do {
            return try FilterSet(json: doc)
        } catch {
            throw RunFailure(error.problems.map { "\(path) \($0)" }.joined(separator: "\n"))
        }
    }

    static func subscriptions(_ path: String) throws -> [Subscription] {
        let doc = try json(path)
        do {
            return try Subscription.list(from: doc)
        } catch {
            throw RunFailure(describe(error, files: [.subscriptions: path]))
        }
    }
}

import Foundation

/// Where the repository's files are, found from this source file's place, so tests work
/// from any working directory.
public enum RepoPaths {
    /// The repository's root folder.
    public static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/TestSupport/RepoPaths.swift
        return parts.joined(separator: "/")
    }()

    /// The destination definitions (`Mappings/NAME.json`).
    public static let mappings = root + "/Mappings"
    /// The destinations' fixture cases.
    public static let fixtures = root + "/Mappings/tests"
    /// The reference's test facts, vendored.
    public static let corpus = root + "/Tests/ConformanceTests/Corpus"
    /// The destination-filter facts (tsub-js's tests), vendored beside the corpus.
    public static let destinationFilters = root + "/Tests/ConformanceTests/DestinationFilters"
    /// The corpus this copy is vendored from, when a checkout of the shared folder sits beside the repo.
    public static let upstreamCorpus = root + "/../shared/conformance"
    /// Where the destination-filter facts are vendored from.
    public static let upstreamDestinationFilters = root + "/../shared/destination-filters"

    /// The absolute path of `relative` (`Mappings/topsort.json`).
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The bytes of the repository file `relative`.
    public static func contents(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }
}

import Conformance
import Testing
import TestSupport

/// The vendored facts must stay byte-for-byte what the shared folder holds: the corpus
/// (../shared/conformance) and the destination-filter facts (../shared/destination-filters).
/// On a fresh clone with no shared folder beside it there is nothing to compare with, and
/// the checks are skipped.
@Suite("Vendored facts are in sync")
struct CorpusSyncTests {
    @Test("every upstream corpus file is vendored unchanged, and nothing else is vendored",
          .enabled(if: FileIO.isDirectory(RepoPaths.upstreamCorpus)))
    func corpusInSync() throws {
        try expectSameFiles(upstream: RepoPaths.upstreamCorpus, vendored: RepoPaths.corpus, shared: "conformance")
    }

    @Test("the destination-filter facts are vendored unchanged, and nothing else is vendored",
          .enabled(if: FileIO.isDirectory(RepoPaths.upstreamDestinationFilters)))
    func destinationFiltersInSync() throws {
        try expectSameFiles(upstream: RepoPaths.upstreamDestinationFilters, vendored: RepoPaths.destinationFilters, shared: "destination-filters")
    }

    func expectSameFiles(upstream: String, vendored: String, shared: String) throws {
        let upstreamNames = try FileIO.listFiles(under: upstream).map(FileIO.lastComponent)
        let vendoredNames = try FileIO.listFiles(under: vendored).map(FileIO.lastComponent)
        #expect(upstreamNames.sorted() == vendoredNames.sorted(), "file lists of \(vendored) and ../shared/\(shared) differ")
        for name in upstreamNames {
            let a = try FileIO.readAll(path: upstream + "/" + name)
            let b = try FileIO.readAll(path: vendored + "/" + name)
            #expect(a == b, "\(name) differs from ../shared/\(shared)/\(name): copy it again")
        }
    }
}

import Conformance
import Testing

/// The vendored corpus must stay byte-for-byte what the shared corpus holds. On a fresh clone
/// with no shared folder beside it there is nothing to compare with, and the check is skipped.
@Suite("Vendored corpus is in sync")
struct CorpusSyncTests {
    @Test("every upstream file is vendored unchanged, and nothing else is vendored",
          .enabled(if: FileIO.isDirectory(RepoPaths.upstreamCorpus)))
    func inSync() throws {
        let upstream = try FileIO.listFiles(under: RepoPaths.upstreamCorpus).map(FileIO.lastComponent)
        let vendored = try FileIO.listFiles(under: RepoPaths.corpus).map(FileIO.lastComponent)
        #expect(upstream.sorted() == vendored.sorted(), "file lists differ")
        for name in upstream {
            let a = try FileIO.readAll(path: RepoPaths.upstreamCorpus + "/" + name)
            let b = try FileIO.readAll(path: RepoPaths.corpus + "/" + name)
            #expect(a == b, "\(name) differs from ../shared/conformance/\(name): copy it again")
        }
    }
}

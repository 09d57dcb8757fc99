import DestinationFilters
import JSONValues
import XCTest

/// The consistent sampler: Campbell's method over the MD5 of the value's JSON text.
final class SamplerTests: XCTestCase {
    /// The values the destination-filter facts state for a correct uniform sampler.
    func testTheFactsExampleValuesReproduce() {
        // Six significant digits, as the quirk cases' notes give them ("abcd": four).
        let stated: [(String, Double, Double)] = [
            ("user-1", 0.717011, 5e-7), ("user-5", 0.122298, 5e-7), ("user-6", 0.239647, 5e-7),
            ("user-14", 0.0965899, 5e-8), ("user-28", 0.924981, 5e-7), ("user-32", 0.936984, 5e-7),
            ("abcd", 0.5636, 5e-5),
        ]
        for (value, draw, halfUnit) in stated {
            XCTAssertEqual(ConsistentSampler.draw(for: .string(value)), draw, accuracy: halfUnit, value)
        }
    }

    /// The recipe of docs/destination-filters.md, step by step, for one digest.
    func testTheRecipeOnAKnownDigest() {
        // MD5 of the 8 bytes "user-1" (quotes included) is b78e041863fbae8b f1aae64c8e6ad8b8:
        // the first half has no leading zero bits and is odd already, so the draw is
        // 0xb78e041863fbae8b × 2^-64.
        let draw = ConsistentSampler.draw(for: "user-1")
        XCTAssertEqual(draw, Double(UInt64(0xb78e_0418_63fb_ae8b)) / 18_446_744_073_709_551_616)
        XCTAssertEqual(draw, 0.717011, accuracy: 1e-6)
        // "user-5": 1f4ef1dc7e13ca2a 48e8707f048af0a7. Three leading zero bits: shift them
        // out, fill from the second half (0x48e8… >> 61 = 2), set the low bit, scale by 2^-67.
        XCTAssertEqual(ConsistentSampler.draw(for: "user-5"), Double(UInt64(0xfa77_8ee3_f09e_5153)) / 147_573_952_589_676_412_928)
        XCTAssertEqual(ConsistentSampler.draw(for: "user-5"), 0.12229835160367411)
    }

    func testTheDrawDependsOnTheJSONTextOnly() {
        XCTAssertEqual(ConsistentSampler.draw(for: json("1.0")), ConsistentSampler.draw(for: 1), "JSON.stringify writes 1.0 as 1")
        XCTAssertEqual(ConsistentSampler.draw(for: json(#"{"b": 1, "1": 2}"#)), ConsistentSampler.draw(for: json(#"{"1": 2, "b": 1}"#)))
        XCTAssertEqual(ConsistentSampler.draw(for: nil), ConsistentSampler.draw(for: .null), "a missing value is drawn as null")
        XCTAssertNotEqual(ConsistentSampler.draw(for: "1"), ConsistentSampler.draw(for: 1))
    }

    func testSamplingIsDeterministic() throws {
        let set = try filtering(#"[{"type": "sample", "percent": 0.5, "path": "userId"}]"#)
        for i in 0..<200 {
            let a = set.apply(to: json(#"{"userId": "user-\#(i)", "event": "a"}"#)).event != nil
            let b = set.apply(to: json(#"{"userId": "user-\#(i)", "event": "b", "properties": {"x": 1}}"#)).event != nil
            XCTAssertEqual(a, b, "user-\(i): all or none of a user's events")
        }
    }

    /// A user kept at some share stays kept at every larger share.
    func testKeptUsersStayKeptAtLargerShares() {
        for i in 0..<500 {
            let value = JSON.string("user-\(i)")
            var wasKept = false
            for percent in stride(from: 0.05, through: 0.95, by: 0.05) {
                let kept = ConsistentSampler.keeps(value, percent: percent)
                XCTAssertFalse(wasKept && !kept, "user-\(i) at \(percent)")
                wasKept = kept
            }
        }
    }

    /// Over 100,000 generated users the share kept is within a point of the share asked.
    func testTheShareOverManyUsersIsWithinAPoint() {
        let draws = (0..<100_000).map { ConsistentSampler.draw(for: .string("user-\($0)")) }
        for percent in [0.01, 0.1, 0.25, 0.5, 0.8, 0.99] {
            let kept = draws.filter { $0 < percent }.count
            XCTAssertEqual(Double(kept) / 100_000, percent, accuracy: 0.01, "share kept at \(percent)")
        }
        XCTAssertTrue(draws.allSatisfy { $0 >= 0 && $0 <= 1 })
    }
}

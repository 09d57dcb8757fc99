import JSONValues
import MappingKit
import XCTest

final class ReplaceDirectiveTests: XCTestCase {
    func testLiteralPatternsNeverRegex() {
        assertMaps(#"{"@replace": {"pattern": ".*", "replacement": "!", "value": {"@path": "$.s"}}}"#, #"{"s": "a.*b.*"}"#, to: #""a!b!""#)
        assertMaps(#"{"@replace": {"pattern": "(a|b)", "value": "x(a|b)y"}}"#, to: #""xy""#)
        assertMaps(#"{"@replace": {"pattern": "+", "replacement": "_", "global": false, "value": "a+b+c"}}"#, to: #""a_b+c""#)
    }

    func testIgnoreCaseWithoutRegex() {
        assertMaps(#"{"@replace": {"pattern": "AaB", "replacement": "x", "ignorecase": true, "value": "aab-AAB-aAb"}}"#, to: #""x-x-x""#)
        assertMaps(#"{"@replace": {"pattern": "é", "replacement": "e", "ignorecase": true, "value": "CAFÉ café"}}"#, to: #""CAFe cafe""#)
        assertMaps(#"{"@replace": {"pattern": "WW", "replacement": "oo", "ignorecase": false, "value": "cWWl ww"}}"#, to: #""cool ww""#)
    }

    func testReplacementDollarPatternsAsJavaScript() {
        assertMaps(#"{"@replace": {"pattern": "b", "replacement": "[$&]$$", "value": "abc"}}"#, to: #""a[b]$c""#)
        assertMaps(#"{"@replace": {"pattern": "b", "replacement": "$`$'", "value": "abc"}}"#, to: #""aacc""#)
        assertMaps(#"{"@replace": {"pattern": "b", "replacement": "$1", "value": "abc"}}"#, to: #""a$1c""#)
    }

    func testSecondPairAndConversions() {
        assertMaps(#"{"@replace": {"pattern": "-", "replacement": " ", "pattern2": "great", "replacement2": "awesome", "value": "so-great"}}"#, to: #""so awesome""#)
        assertMaps(#"{"@replace": {"pattern": "true", "replacement": "yes", "value": {"@path": "$.b"}}}"#, #"{"b": true}"#, to: #""yes""#)
        assertMaps(#"{"@replace": {"pattern": "5", "replacement": "0", "value": {"@path": "$.n"}}}"#, #"{"n": 1.5}"#, to: #""1.0""#)
    }

    func testNonTextValuesPassThrough() {
        // Differs from the reference, which gives "" for all of these.
        assertMaps(#"{"@replace": {"pattern": "a", "value": {"@path": "$.n"}}}"#, #"{"n": null}"#, to: "null")
        assertAbsent(#"{"@replace": {"pattern": "a", "value": {"@path": "$.x"}}}"#)
        assertMaps(#"{"@replace": {"pattern": "a", "value": {"@path": "$.o"}}}"#, #"{"o": {"a": 1}}"#, to: #"{"a": 1}"#)
    }

    func testValidation() {
        XCTAssertEqual(validationErrors(#"{"@replace": {"value": "x"}}"#), [#"/@replace should have field "pattern" but it doesn't."#])
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "x"}}"#), [#"/@replace should have field "value" but it doesn't."#])
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "", "value": "x"}}"#), ["/@replace/pattern should be a string of length 1 or greater."])
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "12345678901", "value": "x"}}"#), ["/@replace/pattern should be a string of length 10 or less."])
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "a", "replacement": "12345678901", "value": "x"}}"#), ["/@replace/replacement should be a string of length 10 or less."])
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "a", "value": "x", "global": "yes", "ignorecase": 1}}"#), [
            "/@replace/ignorecase should be a boolean but it is a number.",
            "/@replace/global should be a boolean but it is a string.",
        ])
        assertFails(#"{"@replace": {"pattern": "a", "pattern2": "12345678901", "value": "x"}}"#, containing: #"@replace requires a "pattern" less than 10 characters"#)
    }
}

import FuzzSupport
import JSONValues

/// The names `scanMembers` looks for: common event members and short keys fuzzing finds.
let scanNames = JSONMemberNames(["type", "event", "a", "", "é"])

/// What `parse(_:keeping:)` builds: top-level members, members under them, and an empty key.
let projection = JSONProjection(paths: [["type"], ["a", "b"], ["a", ""], ["", "é"], ["context", "page", "path"]])

/// JSON parse → serialize → parse: the second parse must give the same value, and
/// serializing it again the same text. And `JSONDocumentParser.scanMembers` must agree
/// with parsing: the same error for a malformed object, `.finished` for a valid one, with
/// the named members' last values. So must `parse(_:keeping:)`: the same error, or what
/// the projection keeps of the parsed value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeRawBufferPointer(start: data, count: size)
    let parsed = Result { try JSONParser.parse(buffer) }
    checkScan(buffer, parsed)
    checkProjection(buffer, parsed)
    guard case .success(let value) = parsed else { return 0 }
    let text = value.serializedBytes()
    guard let again = try? JSONParser.parse(text) else { FuzzSupport.finding("serialized JSON does not parse: \(String(decoding: text, as: UTF8.self))") }
    if again != value { FuzzSupport.finding("round trip changed the value: \(String(decoding: text, as: UTF8.self))") }
    if again.serializedBytes() != text { FuzzSupport.finding("serializing twice differs") }
    _ = value.serialized(pretty: true)
    return 0
}

func checkScan(_ buffer: UnsafeRawBufferPointer, _ parsed: Result<JSON, any Error>) {
    var last: [Int: JSON] = [:]
    let scanned = Result { try JSONDocumentParser().scanMembers(buffer, named: scanNames) { k, v in last[k] = v; return false } }
    switch (parsed, scanned) {
    case (.success(.object(let o)), .success(.finished)):
        for (k, name) in scanNames.names.enumerated() where last[k] != o[name] {
            FuzzSupport.finding("scanMembers saw \(last[k].map { $0.serialized() } ?? "nothing") for '\(name)', parse \(o[name].map { $0.serialized() } ?? "nothing")")
        }
    case (.success(let v), .success(.notAnObject)):
        if v.objectValue != nil { FuzzSupport.finding("scanMembers said an object was not one") }
    case (.failure(let want as JSONParseError), .failure(let got as JSONParseError)):
        if got != want { FuzzSupport.finding("scanMembers threw \(got), parse \(want)") }
    case (.failure, .success(.notAnObject)):
        break  // not an object: left to parsing
    default:
        FuzzSupport.finding("parse gave \(parsed), scanMembers \(scanned)")
    }
}

func checkProjection(_ buffer: UnsafeRawBufferPointer, _ parsed: Result<JSON, any Error>) {
    let projected = Result { try JSONDocumentParser().parse(buffer, keeping: projection) }
    switch (parsed, projected) {
    case (.success(let value), .success(let got)):
        if got != projection.apply(to: value) { FuzzSupport.finding("parse(keeping:) built \(got.serialized()), not what the projection keeps") }
    case (.failure(let want as JSONParseError), .failure(let got as JSONParseError)):
        if got != want { FuzzSupport.finding("parse(keeping:) threw \(got), parse \(want)") }
    default:
        FuzzSupport.finding("parse gave \(parsed), parse(keeping:) \(projected)")
    }
}

@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzJSON)
}

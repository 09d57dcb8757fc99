import JSONValues

/// The lines of one NDJSON input, read in chunks (memory stays flat whatever the input's
/// size) and parsed one at a time: the loop of the commands that handle records one by one
/// (`deliver`, `fql match`).
struct NDJSONReader {
    private let file: InputFile
    private var reader: LineReader
    var parser: NDJSONParser

    init(_ file: InputFile, maxLineBytes: Int, limitOption: String? = "--max-line-bytes", chunkSize: Int = 1 << 16) {
        self.file = file
        reader = LineReader(fd: file.fd, chunkSize: chunkSize, maxLineBytes: maxLineBytes)
        parser = NDJSONParser(input: file.name, maxLineBytes: maxLineBytes, limitOption: limitOption)
    }

    /// The number and content of the next line, or `nil` at the end of the input. Throws
    /// when the input cannot be read.
    mutating func next() throws -> (number: Int, line: NDJSONLine)? {
        var result: (number: Int, line: NDJSONLine)?
        let parser = self.parser
        let more = try reader.nextLine({ bytes, number in
            result = (number, parser.parse(bytes, number: number))
        }, tooLong: { number, bytes in
            result = (number, parser.tooLong(number: number, bytes: bytes))
        })
        return more ? result : nil
    }
}

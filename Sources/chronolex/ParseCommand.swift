import ArgumentParser
import ChronolexModel
import ChronolexReaders
import ChronolexXML
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `chronolex parse FILE... [--format outline|json|markdown|text|html]`
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read acts and print their structure or their text.",
        discussion: """
        The format of each file (markdown with YAML front matter, plain eJustice text, or a \
        Justel page) is detected. Output goes to stdout only when every file was read without error.

        Examples:
          chronolex parse Corpus/2015-bibliotheques.md
          chronolex parse Corpus/2016-aires-de-jeux.md --format text
          chronolex parse Corpus/2015-bibliotheques.md --no-excerpt

        Prints one line per unit (its address, a tab, its first words), or the act in the format asked.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline, json, markdown, text, html
    }

    @Argument(help: "The acts to read.")
    var files: [String]

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .outline

    @Flag(help: "In outline, print only the addresses (no excerpt).")
    var noExcerpt = false

    func validate() throws {
        if files.count > 1, format == .markdown || format == .html {
            throw ValidationError("--format \(format.rawValue) prints one act: give one file")
        }
    }

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        if files.count == 1, let spool = Spool() {
            return try runStreaming(files[0], spool: spool)
        }
        var acts: [Act] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let result = ActReader.read(path: file)
            diagnostics += result.diagnostics
            if let act = result.act, !result.hasErrors { acts.append(act) }
        }
        Report.print(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        Report.stream { render(acts, to: $0) }
        Report.keepUntilExit(acts)
    }

    /// One act in outline, text, JSON, markdown or HTML, written as it is read, one article at a time, to
    /// a spool that goes to standard output once the act is read without error: its tree
    /// is never held whole. An act that cannot be streamed (``StreamedReading``) is
    /// rendered from its tree, as several acts are.
    private func runStreaming(_ file: String, spool: Spool) throws {
        let reading: StreamedReading
        switch format {
        case .text:
            var renderer = TextRenderer(to: spool.sink)
            reading = ActReader.read(path: file, streamingTo: &renderer)
        case .json:
            var renderer = JSONStreamRenderer(to: spool.sink, pretty: jsonOptions.pretty)
            reading = ActReader.read(path: file, streamingTo: &renderer)
        case .markdown:
            var renderer = MarkdownRenderer(to: spool.sink)
            reading = ActReader.read(path: file, streamingTo: &renderer)
        case .html:
            var renderer = HTMLStreamRenderer(to: spool.sink)
            reading = ActReader.read(path: file, streamingTo: &renderer)
        default:
            var renderer = OutlineRenderer(excerptLength: noExcerpt ? 0 : 60, to: spool.sink)
            reading = ActReader.read(path: file, streamingTo: &renderer)
        }
        Report.print(reading.result.diagnostics)
        if reading.result.hasErrors { throw ExitCode.failure }
        if reading.streamed, !spool.sink.failed { return spool.copy(to: 1) }
        // Read whole (or the spool could not be written: read again).
        guard let act = reading.result.act ?? ActReader.read(path: file).act else { return }
        Report.stream { render([act], to: $0) }
        Report.keepUntilExit(act)
    }

    /// Writes the acts to `sink` as their trees are walked.
    private func render(_ acts: [Act], to sink: OutputSink) {
        switch format {
        case .outline:
            for (index, act) in acts.enumerated() {
                if index > 0 { sink.write("\n") }
                if acts.count > 1 { sink.write("# \(act.file ?? "")\n") }
                OutlineRenderer.render(act, excerptLength: noExcerpt ? 0 : 60, to: sink)
            }
        case .text:
            for (index, act) in acts.enumerated() {
                if index > 0 { sink.write("\n") }
                TextRenderer.render(act, to: sink)
            }
        case .json:
            let renderer = JSONRenderer()
            if acts.count == 1 { return renderer.render(acts[0], to: sink, pretty: jsonOptions.pretty) }
            var writer = JSONWriter(sink: sink, pretty: jsonOptions.pretty)
            writer.beginArray()
            for act in acts { renderer.write(act, to: &writer) }
            writer.endArray()
            sink.write("\n")
        case .markdown:
            MarkdownRenderer.render(acts[0], to: sink)
        case .html:
            HTMLRenderer.write(acts[0], to: sink)
        }
    }
}

/// Standard output held back in an unlinked temporary file: `parse` writes an act there as
/// it is read, and the file goes to standard output once the act was read without error
/// (an error can be found at the end of the act, and leaves standard output empty).
/// The bytes wait on disk, in the page cache, not in the process's memory.
private final class Spool {
    let sink: OutputSink
    private let descriptor: Int32

    /// Nil when no temporary file can be made (`TMPDIR` or `/tmp`).
    init?() {
        var template = Array((NSTemporaryDirectory() + "/chronolex-parse-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
        sink = OutputSink(descriptor: descriptor)
    }

    deinit {
        sink.discard()
        close(descriptor)
    }

    /// Writes what the spool holds to `output`, from its first byte. (A failed write
    /// to standard output, a closed pipe, ends it, as it ends ``OutputSink``'s.)
    func copy(to output: Int32) {
        sink.flush()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return }
        #if canImport(Glibc)
        // In the kernel, without copying the bytes through the process; read and written
        // below where `sendfile` cannot write to `output` (before any byte went).
        var sent = 0
        while true {
            let count = sendfile(output, descriptor, nil, 1 << 30)
            if count < 0, errno == EINTR { continue }
            if count > 0 { sent += count; continue }
            if count == 0 || sent > 0 { return }
            break
        }
        #endif
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            while offset < count {
                let written = write(output, buffer + offset, count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

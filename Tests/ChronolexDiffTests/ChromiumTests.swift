import ChronolexModel
import Foundation
import Testing
@testable import ChronolexDiff

/// Renders diff pages in headless Chromium and checks they load without console errors.
/// Skipped when Debian's `chromium` is not installed (`.ci/run` installs it).
@Suite("Chromium", .enabled(if: Paths.chromium != nil, "chromium is not installed: apt-get install -y chromium"))
struct ChromiumTests {
    @Test(arguments: [HTMLDiffRenderer.Layout.inline, .sideBySide])
    func pageLoadsWithoutConsoleErrors(layout: HTMLDiffRenderer.Layout) throws {
        let diff = try diffOf(libraries2019, libraries2023)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-diff-\(getpid())-\(layout == .inline ? "i" : "s")")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("diff.html")
        try HTMLDiffRenderer.render(diff, layout: layout).write(to: page, atomically: true, encoding: .utf8)
        let (status, output) = try run(Paths.checkHTML, [page.path])
        #expect(status == 0, "check-html.sh: \(output)")
        let png = directory.appendingPathComponent("diff.png")
        let (shot, shotOutput) = try run(Paths.screenshot, [page.path, png.path])
        #expect(shot == 0, "screenshot.sh: \(shotOutput)")
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 1000)
    }

    /// Hostile words in the act: the page stays self-contained and script-free.
    @Test func hostilePageStaysInert() throws {
        let old = frontMatter + "**Art. 3.** Le texte ancien &amp; sûr.\n"
        let new = frontMatter + "**Art. 3.** Le texte <script>alert(1)</script> \"><img src=x onerror=alert(1)> \" &amp; sûr.\n"
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-diff-hostile-\(getpid()).html")
        defer { try? FileManager.default.removeItem(at: page) }
        try HTMLDiffRenderer.render(try diffOf(old, new)).write(to: page, atomically: true, encoding: .utf8)
        let (status, output) = try run(Paths.checkHTML, [page.path])
        #expect(status == 0, "check-html.sh: \(output)")
    }

    private func run(_ script: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

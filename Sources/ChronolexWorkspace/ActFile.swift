import ChronolexModel
import ChronolexReaders
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read as an act, and what said which bytes were read: a command that needs one
/// file twice — `check` whose official text is also the base act given — reads it once
/// (``Workspace/init(paths:alreadyRead:)``), and again when the file changed in between.
public struct ActFile: Sendable {
    /// The path as given: the name the act and its diagnostics carry.
    public var path: String
    public var result: ReadResult
    /// The file's identity before and after it was read; `nil` when it changed meanwhile
    /// or is not a regular file: then it is never taken for the same bytes.
    let identity: FileIdentity?

    /// Reads the file at `path` (``ActReader/read(path:)``).
    public init(path: String) {
        let before = FileIdentity(path: path)
        result = ActReader.read(path: path)
        identity = before.flatMap { FileIdentity(path: path) == $0 ? $0 : nil }
        self.path = path
    }

    /// True when `file` is the path this file was read by, and the file is unchanged since:
    /// reading it again would give the same act and diagnostics.
    func isCurrent(as file: String) -> Bool {
        guard file == path, let identity else { return false }
        return FileIdentity(path: file) == identity
    }
}

/// A regular file's device, inode, size and modification time: the same bytes as when
/// last seen, unless written within the same nanosecond at the same size.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        seconds = Int(status.st_mtimespec.tv_sec)
        nanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
    }
}

extension Workspace {
    /// What `check` reads: the official text's file and the acts of `paths`. When the
    /// official text is among them (the same path), it is read once; otherwise the two are
    /// read at the same time, the acts on a second thread (they do not depend on each other).
    public static func read(paths: [String], official: String) -> (official: ActFile, workspace: Workspace) {
        var unused: [Diagnostic] = []
        if expand(paths, diagnostics: &unused).contains(official) {
            let file = ActFile(path: official)
            return (file, Workspace(paths: paths, alreadyRead: [file]))
        }
        let workspace = SideThread { Workspace(paths: paths) }
        let file = ActFile(path: official)
        return (file, workspace.wait())
    }
}

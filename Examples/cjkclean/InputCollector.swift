import Foundation

/// Expands the FILE arguments of `cjkclean clean` into files: each directory is searched
/// recursively for files with one of the chosen extensions, in path order.
struct InputCollector {
    /// The extensions (lower-case, without the dot) a file found in a directory must have.
    var extensions: Set<String>

    /// The work items for the arguments, in the order given.
    /// - Parameter arguments: Files and directories.
    /// - Returns: One item per file; a failure item for a missing path or a directory without matching files.
    func items(for arguments: [String]) -> [BatchItem] {
        arguments.flatMap { argument -> [BatchItem] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                return [.failure(DocumentLabel(file: argument), message: "no such file or directory")]
            }
            guard isDirectory.boolValue else { return [.file(path: argument)] }
            let files = filesInDirectory(argument)
            guard !files.isEmpty else {
                let list = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                return [.failure(DocumentLabel(file: argument), message: "directory holds no \(list) files")]
            }
            return files.map { .file(path: $0) }
        }
    }

    private func filesInDirectory(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased())
            else { continue }
            var isDirectory: ObjCBool = false
            let path = base + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

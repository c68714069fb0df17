import ArgumentParser

extension DocumentRenderer.Format: ExpressibleByArgument {}

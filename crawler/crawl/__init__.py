"""Running crawls in Scrapy: runner, pipelines, middlewares, captures, incremental state, monitors, progress, lock."""

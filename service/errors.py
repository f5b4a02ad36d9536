"""What the services refuse, with the HTTP status the API answers it with and a message a user can act on.

The services raise these; the app turns them into responses in one place, the CLI prints their message.
"""

from __future__ import annotations

import errno


class ServiceError(Exception):
    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(ServiceError):
    status = 404


class TooLarge(ServiceError):
    status = 413


class UnsupportedType(ServiceError):
    status = 415


class Unprocessable(ServiceError):
    """A file that cannot be read, or is not a report."""

    status = 422


class StorageFailure(ServiceError):
    """A write the disk or the database refused; nothing stored was changed."""

    status = 503


def storage_failure(exc: BaseException) -> StorageFailure:
    """Say what happened to a refused write and that nothing stored was changed."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "disk is full" in text or "no space" in text or code == errno.ENOSPC:
        return StorageFailure("服务器磁盘已满，未能保存；已收录的数据没有改变。请联系管理员清理磁盘后重试", status=507)
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        return StorageFailure("数据目录只读，未能保存；已收录的数据没有改变。请检查 REPORTQA_DATA_DIR 的权限")
    return StorageFailure("数据存储暂时不可用，请稍后重试；已收录的数据没有改变")

"""Codec: the model's frozen dataclasses as JSON and back, for the build cache.

Data only: a cache file can name nothing but the classes a ``Codec`` was made
with (a whitelist, never an import by name), and what it holds is checked against
their annotations on the way back in. A file that is not JSON, names another
class, or has the wrong shape raises ``CodecError``; it never runs code.

On disk, an object is ``{"@": "ClassName", "field": value, ...}``, a date
``{"@": "date", "v": "2025-07-18"}`` (a datetime likewise). Tuples, lists and
frozensets are JSON arrays: the annotation says which one comes back. Where the
annotation is ``Any`` (front matter), values may be text, numbers, booleans,
None, dates, datetimes, lists and dicts of text keys; there a tuple is tagged
``{"@": "tuple", "v": [...]}`` and a dict with an ``"@"`` key ``{"@": "dict", "v": {...}}``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from sys import intern
import types
import typing
from typing import Any, Callable

from . import model

TAG = "@"


class CodecError(ValueError):
    """Not a value of the expected type: the cache file is damaged, foreign or from another format."""


def model_classes() -> tuple[type, ...]:
    """Every dataclass defined in ``model.py``."""
    return tuple(value for value in vars(model).values()
                 if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__)


# Values where the annotation says Any (front matter)


def _encode_any(value: Any) -> Any:
    kind = type(value)
    if value is None or kind in (str, int, float, bool):
        return value
    if kind is dt.datetime:
        return {TAG: "datetime", "v": value.isoformat()}
    if kind is dt.date:
        return {TAG: "date", "v": value.isoformat()}
    if kind is list:
        return [_encode_any(v) for v in value]
    if kind is tuple:
        return {TAG: "tuple", "v": [_encode_any(v) for v in value]}
    if kind is dict:
        if not all(type(k) is str for k in value):
            raise TypeError("front matter keys must be text to be cached")
        encoded = {k: _encode_any(v) for k, v in value.items()}
        return {TAG: "dict", "v": encoded} if TAG in encoded else encoded
    raise TypeError(f"cannot cache a {kind.__name__} in front matter")


def _decode_any(value: Any) -> Any:
    kind = type(value)
    if value is None or kind in (str, int, float, bool):
        return value
    if kind is list:
        return [_decode_any(v) for v in value]
    if kind is dict:
        tag = value.get(TAG)
        if tag is None:
            return {k: _decode_any(v) for k, v in value.items()}
        if len(value) != 2 or "v" not in value:
            raise CodecError(f"malformed {tag!r} value")
        inner = value["v"]
        if tag == "date" or tag == "datetime":
            return _decode_date(tag, inner)
        if tag == "tuple" and type(inner) is list:
            return tuple(_decode_any(v) for v in inner)
        if tag == "dict" and type(inner) is dict:
            return {k: _decode_any(v) for k, v in inner.items()}
        raise CodecError(f"unexpected {tag!r} value in front matter")
    raise CodecError(f"unexpected {kind.__name__}")


def _decode_date(tag: str, text: Any) -> dt.date:
    if type(text) is not str:
        raise CodecError(f"a {tag} must be ISO text")
    try:
        return dt.datetime.fromisoformat(text) if tag == "datetime" else dt.date.fromisoformat(text)
    except ValueError as error:
        raise CodecError(str(error)) from None


# The codec


Decoder = Callable[[Any], Any]


class Codec:
    """JSON for exactly these dataclasses (and the plain values their annotations allow)."""

    def __init__(self, classes: tuple[type, ...]):
        self.classes = {cls.__name__: cls for cls in classes}
        if len(self.classes) != len(classes):
            raise TypeError("two cached classes share a name")
        # Per class: its field names, and those whose annotation holds Any (encoded with tags).
        self._fields: dict[type, tuple[str, ...]] = {}
        self._loose: dict[type, tuple[str, ...]] = {}
        self._decoders: dict[type, Decoder] = {}  # one per class
        self._made: dict[Any, Decoder] = {}  # for the other annotations asked for
        self._hints: dict[type, dict[str, Any]] = {}
        for cls in classes:
            hints = typing.get_type_hints(cls)
            names = tuple(f.name for f in dataclasses.fields(cls))
            self._hints[cls] = {name: hints[name] for name in names}
            self._fields[cls] = names
            self._loose[cls] = tuple(n for n in names if _mentions_any(hints[n]))
        for cls in classes:
            self._decoders[cls] = self._class_decoder(cls)

    # Encoding: the C encoder does the work; dataclasses, dates and sets come through here.

    def dumps(self, value: Any) -> bytes:
        """JSON bytes; TypeError for anything the codec does not know."""
        return json.dumps(value, default=self._default, separators=(",", ":"), check_circular=False).encode("ascii")

    def _default(self, value: Any) -> Any:
        kind = type(value)
        names = self._fields.get(kind)
        if names is not None and self.classes.get(kind.__name__) is kind:
            encoded = {TAG: kind.__name__}
            for name in names:
                encoded[name] = getattr(value, name)
            for name in self._loose[kind]:
                encoded[name] = _encode_any(encoded[name])
            return encoded
        if kind is dt.datetime:
            return {TAG: "datetime", "v": value.isoformat()}
        if kind is dt.date:
            return {TAG: "date", "v": value.isoformat()}
        if kind is frozenset:
            return sorted(value)
        raise TypeError(f"cannot cache a {kind.__name__}")

    # Decoding: walk the JSON against the annotation, building as it goes.

    def loads(self, data: bytes | str, hint: Any) -> Any:
        """The value of type ``hint`` that ``data`` holds; CodecError for anything else."""
        try:
            raw = json.loads(data)
        except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
            raise CodecError(f"not JSON: {error}") from None
        try:
            return self.decoder(hint)(raw)
        except RecursionError:
            raise CodecError("nested too deeply") from None

    def decoder(self, hint: Any) -> Decoder:
        decoder = self._decoders.get(hint) or self._made.get(hint)
        if decoder is None:
            decoder = self._made[hint] = self._make(hint)
        return decoder

    def _class_decoder(self, cls: type) -> Decoder:
        name, size = cls.__name__, len(self._fields[cls]) + 1
        bare = not hasattr(cls, "__post_init__")
        slotted = "__slots__" in vars(cls)
        new, put = object.__new__, object.__setattr__
        # Made on first use: field types may name classes whose decoders are made later.
        plan: list = []

        def decode(value: Any) -> Any:
            if type(value) is not dict or len(value) != size or value.pop(TAG, None) != name:
                raise CodecError(f"expected a {name}")
            if not plan:
                plan.extend(self._plan(cls))
            single_names, single_types, several, other, texts = plan
            try:
                # Every field is looked up, and there are no other keys: exactly the class's fields.
                if tuple(map(type, map(value.__getitem__, single_names))) != single_types:
                    raise CodecError(f"{name}: a field of the wrong type")
                # Equal text fields share one string (a sentence for each of its mentions, an entity's
                # key and kind in every analysis): a build holds thousands of analyses at once.
                for n in texts:
                    value[n] = intern(value[n])
                for n, kinds in several:
                    if type(value[n]) not in kinds:
                        raise CodecError(f"{name}.{n}: a value of the wrong type")
                for n, d in other:
                    value[n] = d(value[n])
            except KeyError:
                raise CodecError(f"expected a {name}") from None
            if bare:  # a frozen dataclass's own __init__ only sets its fields
                obj = new(cls)
                if slotted:
                    for n, v in value.items():
                        put(obj, n, v)
                else:
                    obj.__dict__.update(value)
                return obj
            return cls(**value)
        return decode

    def _plan(self, cls: type) -> tuple:
        """How to check a class's fields: those of one plain type all at once (in C), those of
        several (``int | None``) one by one, and the rest with a decoder each."""
        single, several, other = [], [], []
        for n, h in self._hints[cls].items():
            kinds = _plain_types(h)
            if len(kinds) == 1:
                single.append((n, kinds[0]))
            elif kinds:
                several.append((n, kinds))
            else:
                other.append((n, self._make(h)))
        return (tuple(n for n, _ in single), tuple(k for _, k in single), tuple(several), tuple(other),
                tuple(n for n, k in single if k is str))

    def _make(self, hint: Any) -> Decoder:
        if isinstance(hint, type) and hint in self._fields:
            decoders = self._decoders
            return decoders[hint] if hint in decoders else lambda value: decoders[hint](value)
        kinds = _plain_types(hint)
        if kinds:
            def plain(value: Any) -> Any:
                if type(value) not in kinds:
                    raise CodecError(f"expected {' or '.join(k.__name__ for k in kinds)}")
                return value
            return plain
        if hint is Any:
            return _decode_any
        if hint in (dt.date, dt.datetime):
            tag = hint.__name__
            def date_value(value: Any) -> Any:
                if type(value) is not dict or value.get(TAG) != tag or len(value) != 2:
                    raise CodecError(f"expected a {tag}")
                return _decode_date(tag, value.get("v"))
            return date_value
        if hint in (tuple, frozenset):
            return _sequence(hint, None, _ANY_PLAIN)
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            options = [self._make(arg) for arg in args]
            def union(value: Any) -> Any:
                for option in options:
                    try:
                        return option(value)
                    except CodecError:
                        continue
                raise CodecError(f"expected {hint}")
            return union
        if origin in (tuple, frozenset, list) and (origin is not tuple or len(args) == 2 and args[1] is Ellipsis):
            item = args[0] if args else Any
            kinds = _ANY_PLAIN if item is Any else _plain_types(item)
            return _sequence(origin, None if kinds else self._make(item), kinds)
        if origin is tuple:
            return self._fixed(args)
        if origin is dict and args and args[0] is str:
            item = self._make(args[1])
            def mapping(value: Any) -> dict:
                if type(value) is not dict:
                    raise CodecError("expected a mapping")
                return {k: item(v) for k, v in value.items()}
            return mapping
        raise TypeError(f"the cache codec cannot decode {hint!r}")

    def _fixed(self, args: tuple) -> Decoder:
        """A tuple of so many items, each of its own type."""
        count = len(args)
        plain = [_plain_types(arg) for arg in args]
        if all(plain):
            def fixed_plain(value: Any) -> tuple:
                if type(value) is not list or len(value) != count:
                    raise CodecError(f"expected {count} items")
                for v, kinds in zip(value, plain):
                    if type(v) not in kinds:
                        raise CodecError("an item of the wrong type")
                return tuple(value)
            return fixed_plain
        items = [self._make(arg) for arg in args]

        def fixed(value: Any) -> tuple:
            if type(value) is not list or len(value) != count:
                raise CodecError(f"expected {count} items")
            return tuple(d(v) for d, v in zip(items, value))
        return fixed


_ANY_PLAIN = (str, int, float, bool, type(None))


def _plain_types(hint: Any) -> tuple[type, ...]:
    """The JSON-native types a value of ``hint`` may have, if it is one of them (else empty)."""
    if hint in (str, int, float, bool, type(None)):
        return (hint,)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        kinds = [_plain_types(arg) for arg in typing.get_args(hint)]
        if all(kinds):
            return tuple(k for ks in kinds for k in ks)
    return ()


def _mentions_any(hint: Any) -> bool:
    return hint is Any or any(_mentions_any(arg) for arg in typing.get_args(hint))


def _sequence(kind: type, item: Decoder | None, kinds: tuple[type, ...] = ()) -> Decoder:
    """An array as a tuple, list or frozenset; items of plain types are checked without a call each."""
    if item is None:
        def plain_items(value: Any) -> Any:
            if type(value) is not list:
                raise CodecError("expected a list")
            for v in value:
                if type(v) not in kinds:
                    raise CodecError("an item of the wrong type")
            return kind(value)
        return plain_items

    def sequence(value: Any) -> Any:
        if type(value) is not list:
            raise CodecError("expected a list")
        return kind(map(item, value))
    return sequence

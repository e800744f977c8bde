"""The 'May I send this?' view: the planned message's inputs, a Check button, the answer."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets as w

from privacykit.training import scenario, sendcheck
from privacykit.training.explorer import places
from privacykit.widgets import render
from privacykit.widgets.views import rulebook

PLACES = tuple(p for p in places() if p not in ("US", "CA", "EU"))


def send_checker(
    channel: str = "sms", place: str = "US-FL", local_time: str = "2026-09-15 20:30"
) -> w.VBox:
    """The checker: describe one marketing message, press Check, read the rules that block it."""
    c = _Controls(channel, place, local_time)
    out = w.HTML("<i>Describe the message, then press Check.</i>")
    out.add_class("pk-checker-result")
    button = w.Button(description="Check", button_style="primary", icon="search")
    button.add_class("pk-checker-check")

    def check(_: object) -> None:
        out.value = "<i>Checking with the audit's checks (about ten seconds)…</i>"
        try:
            s = c.scenario()
        except ValueError as exc:
            out.value = f"{render.STYLE}<div class='pk-answer pk-review'>{escape(str(exc))}</div>"
            return
        try:
            answer = sendcheck.check_send(s, rulebook())
        except Exception as exc:  # a bug of the kit: say so rather than hang on 'Checking'
            out.value = (
                f"{render.STYLE}<div class='pk-answer pk-blocked'>The check failed: "
                f"{escape(type(exc).__name__)}: {escape(str(exc))}. Please report it.</div>"
            )
            raise
        out.value = render.answer_html(answer)

    button.on_click(check)
    box = w.VBox([*c.rows(), button, out])
    box.add_class("pk-checker")
    return box


class _Controls:
    """The checker's input widgets, and the :class:`Scenario` they describe."""

    def __init__(self, channel: str, place: str, local_time: str) -> None:
        self.channel = _pick("Channel", scenario.CHANNELS, channel, "pk-checker-channel")
        self.place = _pick("Recipient in", PLACES, place, "pk-checker-place")
        self.zone = w.Dropdown(description="Their zone", options=scenario.place_zones(place))
        self.zone.value = scenario.default_zone(place)
        self.zone.add_class("pk-checker-zone")
        self.time = w.Text(
            description="Local time", value=local_time, placeholder="YYYY-MM-DD HH:MM"
        )
        self.time.add_class("pk-checker-time")
        self.age = w.Text(description="Age", placeholder="blank: unknown")
        self.line = _pick("Line type", scenario.LINE_TYPES, "wireless", "pk-checker-line")
        self.dialer = _pick("Sent by", scenario.DIALERS, "autodialer", "pk-checker-dialer")
        self.consent = _pick("Consent", scenario.CONSENTS, "none", "pk-checker-consent")
        self.consent_date = w.DatePicker(description="Consent on")
        self.consent_date.add_class("pk-checker-consent-date")
        self.optout_date = w.DatePicker(description="Opted out on")
        self.optout_date.add_class("pk-checker-optout-date")
        self.registry = _pick("Registry", scenario.REGISTRY, "not_listed", "pk-checker-registry")
        self.registered_on = w.DatePicker(description="Listed since")
        self.purchase = w.DatePicker(description="Last purchase")
        self.inquiry = w.DatePicker(description="Last inquiry")
        self.place.observe(self._on_place, names="value")

    def _on_place(self, _: object) -> None:
        self.zone.options = scenario.place_zones(self.place.value) or ("UTC",)
        self.zone.value = scenario.default_zone(self.place.value)

    def rows(self) -> list[w.Widget]:
        return [
            w.HBox([self.channel, self.place, self.zone]),
            w.HBox([self.time, self.age, self.line]),
            w.HBox([self.dialer, self.consent, self.consent_date]),
            w.HBox([self.optout_date, self.registry, self.registered_on]),
            w.HBox([self.purchase, self.inquiry]),
        ]

    def scenario(self) -> scenario.Scenario:
        """Return the scenario of the inputs; a bad input raises ValueError naming it."""
        try:
            when = dt.datetime.fromisoformat(self.time.value.strip())
        except ValueError:
            raise ValueError(
                f"local time {self.time.value!r}: write it as YYYY-MM-DD HH:MM "
                "(e.g. 2026-09-15 20:30)"
            ) from None
        age_text = self.age.value.strip()
        if age_text and not age_text.isdigit():
            raise ValueError(f"age {age_text!r}: write a whole number of years, or leave it blank")
        return scenario.Scenario(
            channel=self.channel.value,
            place=self.place.value,
            local_time=when,
            zone=self.zone.value or None,
            age=int(age_text) if age_text else None,
            line_type=self.line.value,
            dialer=self.dialer.value,
            consent=self.consent.value,
            consent_date=self.consent_date.value,
            optout_date=self.optout_date.value,
            registry=self.registry.value,
            registered_on=self.registered_on.value,
            last_purchase=self.purchase.value,
            last_inquiry=self.inquiry.value,
        )


def _pick(label: str, options: tuple[str, ...], value: str, css: str) -> w.Dropdown:
    d = w.Dropdown(description=label, options=list(options), value=value)
    d.add_class(css)
    return d

"""The month and weekday names dates are written with, in the languages digests come in
(when.py reads dates with them)."""
from __future__ import annotations

_MONTH_WORDS = {   # + Portuguese and Dutch
    1: "january jan janvier janv januar jän jänner enero ene gennaio gen janeiro januari",
    2: "february feb février fevrier févr fév fevr februar feber febrero febbraio fevereiro fev februari",
    3: "march mar märz mär maerz marz mrz mars marzo março marco maart mrt",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag maio mei",
    6: "june jun juin juni junio giugno giu junho",
    7: "july jul juillet juil juli julio luglio lug julho",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre setiembre septiembre settembre set setembro",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre decembre déc dezember dez diciembre dicembre dic dezembro",
}
MONTHS = {w: n for n, words in _MONTH_WORDS.items() for w in words.split()}
AMBIGUOUS = frozenset("may mar ago set gen mag dic sun out mei".split())
# Short forms that are also common words ("may", "mar", "ago", "set"): only read next to a day number.
WEEKDAYS = ("monday mon montag mo lundi lun lunes martes tuesday tue tues dienstag di mardi mar martedì martedi "
            "wednesday wed mittwoch mi mercredi mer miércoles miercoles mercoledì mercoledi thursday thu thur thurs "
            "donnerstag do jeudi jeu jueves giovedì giovedi friday fri freitag fr vendredi ven viernes venerdì venerdi "
            "saturday sat samstag sonnabend sa samedi sam sábado sabado sabato sunday sun sonntag so dimanche dim "
            "domingo domenica lunedì lunedi maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
            "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira mié mie jue vie sáb sab dom").split()

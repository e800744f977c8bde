"""Words the mapping suggester recognises: header spellings, raw codes, file-name hints.

Data, not logic: add a spelling here when an export writes a column or a code another way.
Headers are compared as letters and digits in lower case ("Cust. No" and "CUST_NO" are both
``custno``), raw codes likewise in upper case; a file hint is part of the lower-case file name.
"""

# fmt: off
# Header spellings per canonical column, lower case, letters and digits only.
NAMES = {k: frozenset(v.split()) for k, v in {
    "customer_id": "customerid custid custno customerno customernumber custnum cust customer "
                   "clientid accountid acctid accountno accountnumber memberid crmid",
    "first_name": "firstname fname givenname first forename",
    "last_name": "lastname lname surname familyname last",
    "birth_date": "birthdate dob dateofbirth birthday bdate birthdt",
    "age": "age", "city": "city town", "postal_code": "zip zipcode postalcode postcode",
    "email": "email emailaddress emailaddr mail address",
    "phone": "phone phonenumber phoneno tel telephone mobile mobilephone cell cellphone msisdn",
    "address": "address street streetaddress address1 addr email emailaddress phone msisdn "
               "phonenumber mobile number",
    "state": "state st province prov stateprovince stateorprovince region",
    "country": "country ctry cntry countrycode nation",
    "created_at": "createdat created createdate createddate signupdate signedup datecreated",
    "contact_id": "contactid sendid callid messageid msgid",
    "channel": "channel chan type medium contacttype channeltype",
    "sent_at": "sentat sent senddate sentdate sendtime calltime calldate",
    "to_address": "toaddress recipient destination",
    "to_email": "toemail to email emailaddress recipient recipientemail",
    "to_phone": "tophone to phone phonenumber msisdn mobile tel telephone dialed dialednumber "
                "tonumber number cell recipient",
    "campaign_id": "campaign campaignid campaigncode programid",
    "purpose": "purpose", "seller": "seller brand", "subject": "subject subjectline",
    "dialer_type": "dialertype dialer dialmode dialmethod calltype",
    "outcome": "outcome result disposition dispo status callresult",
    "caller_id": "callerid ani fromnumber from cli",
    "optout_id": "optoutid unsubid", "scope": "scope", "method": "method optoutmethod",
    "program": "program list listname listid",
    "received_at": "receivedat received optoutdt optoutdate optoutat optedout optedoutat unsubdate "
                   "unsubdt unsubscribedate unsubscribedat unsubscribed dateunsubscribed "
                   "requestdate dateadded added suppressedat suppressiondate",
    "processed_at": "processedat processed processeddate appliedat applied",
    "consent_id": "consentid", "consent_type": "consenttype consentkind optintype",
    "granted_at": "grantedat granted optindate optinat consentdate consentedat",
    "revoked_at": "revokedat revoked revokedate withdrawnat",
    "registry": "registry dnclist", "registered_at": "registeredat registered dateregistered",
    "transaction_id": "transactionid orderid orderno ordernumber txnid invoiceid",
    "occurred_at": "occurredat orderdate purchasedate txndate transactiondate",
    "kind": "kind transactiontype txntype", "amount": "amount total price",
    "phone_line_type": "linetype phonetype phonelinetype",
    "clicked_at": "clickedat clicked clicktime clickdate clickts clickedutc",
    "status": "status result outcome clickresult clickstatus",
    "event_id": "eventid clickid",
    "from_phone": "fromphone from fromnumber sender msisdn mobile phone phonenumber originator",
    "body": "body text message messagetext content msgtext smstext messagebody",
    "in_reply_to": "inreplyto replyto parentid originalmessageid",
    "message_id": "messageid msgid inboundid moid",
    "assigned_from": "assignedfrom from since activefrom acquired startdate",
    "assigned_to": "assignedto until activeto released enddate",
    "label": "label description use usage name",
    "subject_matter": "subjectmatter subject topic productline program",
    "has_fax_optout_notice": "hasfaxoptoutnotice faxoptoutnotice optoutnotice firstpagenotice",
}.items()}
GENERIC_KEY = frozenset("id key recordid rowid".split())  # the table's key
GENERIC_TIME = frozenset("date datetime timestamp ts time when eventdate eventtime".split())
# Raw values (upper case, letters and digits only) with an obvious canonical value.
VALUE_SYNONYMS = {
    "channel": {"TEXT": "sms", "TXT": "sms", "MMS": "sms", "PHONE": "call", "VOICE": "call",
                "TEL": "call", "OUTBOUND": "call", "EML": "email", "EM": "email", "DM": "mail",
                "DIRECTMAIL": "mail", "POST": "mail", "LETTER": "mail", "NOTIFICATION": "push",
                "STOP": "sms", "STOPALL": "sms", "UNSUBLINK": "email", "DNC": "call"},
    "dialer_type": {"AUTO": "autodialer", "ATDS": "autodialer", "AUTODIAL": "autodialer",
                    "PRED": "predictive", "MAN": "manual", "PREVIEW": "manual",
                    "PRV": "prerecorded", "IVR": "prerecorded", "RVM": "prerecorded",
                    "ROBO": "prerecorded", "TTS": "artificial_voice", "AI": "artificial_voice"},
    "purpose": {"MKT": "marketing", "MKTG": "marketing", "PROMO": "marketing",
                "PROMOTIONAL": "marketing", "INFO": "informational",
                "TRANSACTIONAL": "informational", "SERVICE": "informational"},
    "outcome": {"ANSWERED": "live_answer", "LIVE": "live_answer", "HUMAN": "live_answer",
                "ABANDON": "abandoned", "DROP": "abandoned", "DROPPED": "abandoned",
                "NA": "no_answer", "VM": "voicemail", "MACHINE": "voicemail",
                "BOUNCE": "bounced", "FAIL": "failed", "UNDELIVERED": "failed",
                "OPEN": "opened", "CLICK": "clicked"},
    "consent_type": {"PEWC": "express_written", "WRITTEN": "express_written",
                     "SOFT": "soft_opt_in", "HIPAA": "hipaa_authorization"},
    "scope": {"GLOBAL": "all", "LIST": "program", "CAMPAIGN": "program"},
    "phone_line_type": {"MOBILE": "wireless", "CELL": "wireless", "FIXED": "landline"},
    "status": {"OK": "success", "UNSUBSCRIBED": "success", "DONE": "success", "ERROR": "failed",
               "FAIL": "failed", "FAILED": "failed", "HTTP500": "failed", "HTTP404": "expired",
               "EXPIRED": "expired", "LINKEXPIRED": "expired", "LOGIN": "login_required",
               "LOGINPAGE": "login_required", "LOGINREQUIRED": "login_required"},
}
FILE_HINTS = (  # (part of a file name, table, weight)
    ("crm", "customers", 0.5), ("customer", "customers", 1), ("client", "customers", 1),
    ("member", "customers", 1), ("send", "contacts", 1), ("call", "contacts", 1),
    ("dialer", "contacts", 1), ("sms", "contacts", 0.5), ("text", "contacts", 0.5),
    ("message", "contacts", 1), ("contact", "contacts", 0.5), ("unsub", "optouts", 1),
    ("optout", "optouts", 1), ("suppress", "optouts", 1), ("stop", "optouts", 0.5),
    ("dnc", "dnc_registry", 1), ("donotcall", "dnc_registry", 1), ("order", "transactions", 1),
    ("transaction", "transactions", 1), ("purchase", "transactions", 1),
    ("consent", "consents", 1), ("optin", "consents", 1), ("campaign", "campaigns", 0.5),
    ("inquir", "inquiries", 1), ("training", "training", 1), ("download", "registry_downloads", 1),
    ("click", "unsubscribe_events", 1), ("inbound", "sms_inbound", 1), ("repl", "sms_inbound", 1),
    ("mo_", "sms_inbound", 0.5), ("callerid", "caller_ids", 1), ("owned", "caller_ids", 1),
    ("did", "caller_ids", 0.5), ("fax", "contacts", 0.5),
)
# fmt: on

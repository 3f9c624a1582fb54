"""Which header fields the editor's form shows, grouped by the kind of widget they need.

Converting between form text and typed values is the core's (``aidtracker.services.edits``).
"""

from __future__ import annotations

HEADER_IDS = ("partnership_id", "donor_id", "recipient_id")
HEADER_DATES = ("planned_loading", "planned_crossing", "planned_arrival", "pledged_on",
                "consent_date", "loaded_on", "crossed_on", "cleared_on", "delivered_on",
                "ahars_created_on", "declaration_created_on", "report_filed_on")
HEADER_CHOICES = ("kind", "priority", "currency", "crossing", "transport_mode", "export_route")
HEADER_TEXTS = ("consignee_address", "route", "carrier", "truck_plate", "trailer_plate",
                "driver_name", "driver_phone", "consent_signer", "clearance_ref",
                "handover_act_no", "ahars_code", "declaration_no", "export_mrn", "cmr_no",
                "council_decision", "report_ref", "notes")
HEADER_FIELDS = HEADER_IDS + HEADER_CHOICES + HEADER_DATES + HEADER_TEXTS

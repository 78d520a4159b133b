"""CA QR-code login (1.1 -> 1.2): show the QR content, poll until the doctor has logged in.

The sandbox confirms a login task by itself a few seconds after it is created.
"""

from _settings import APP_ID, APP_SECRET, BASE_URL

import yiyiqian

client = yiyiqian.Yiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
task = yiyiqian.login.start(client)
print("render this as a QR code:", task.qr_content)
result = yiyiqian.login.wait(client, task.login_id, interval=1.0, timeout=60)
print("logged in:", result.user_info.name, result.user_info.user_job_id)
print("certificate:", result.certificate.subject, "serial", result.certificate.serial_number)

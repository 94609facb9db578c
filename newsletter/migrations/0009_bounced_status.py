"""Subscribers get a "bounced" status (the mail server refused the address for good). Only the choices change:
no column, no row touched."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('newsletter', '0008_deleted_subscribers_keep_deliveries'),
    ]

    operations = [
        migrations.AlterField(
            model_name='subscriber',
            name='status',
            field=models.CharField(choices=[('pending', 'Pending (not yet confirmed)'), ('confirmed', 'Confirmed'), ('unsubscribed', 'Unsubscribed'), ('bounced', 'Bounced (the mail server refused the address)')], db_index=True, default='pending', max_length=12),
        ),
    ]
